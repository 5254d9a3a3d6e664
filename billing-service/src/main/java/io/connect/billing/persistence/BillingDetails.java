package io.connect.billing.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A user's invoicing address and tax data (one row per user). */
@Entity
@Table(name = "billing_details")
public class BillingDetails extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public String userId;
    public String line1;
    public String line2;
    @Column(name = "postal_code")
    public String postalCode;
    public String city;
    public String country;
    @Column(name = "tax_id")
    public String taxId;
    @Column(name = "account_type")
    public String accountType;
    @Column(name = "company_name")
    public String companyName;
    @Column(name = "vat_id")
    public String vatId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
