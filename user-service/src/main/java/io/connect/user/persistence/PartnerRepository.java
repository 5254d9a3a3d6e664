package io.connect.user.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public Optional<Partner> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public List<Partner> listByCreation() {
        return listAll(Sort.by("createdAt").and("id"));
    }
}
