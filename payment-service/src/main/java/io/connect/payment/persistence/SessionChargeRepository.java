package io.connect.payment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SessionChargeRepository implements PanacheRepositoryBase<SessionChargeEntity, UUID> {
}
