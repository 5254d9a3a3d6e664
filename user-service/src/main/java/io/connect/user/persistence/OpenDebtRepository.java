package io.connect.user.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OpenDebtRepository implements PanacheRepositoryBase<OpenDebt, String> {

    public List<OpenDebt> listOfUser(UUID userId) {
        return list("userId", Sort.by("debtId"), userId);
    }
}
