package io.connect.charging.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class OcpiCommandRepository implements PanacheRepositoryBase<OcpiCommand, UUID> {
}
