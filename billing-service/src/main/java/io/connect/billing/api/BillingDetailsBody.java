package io.connect.billing.api;

import io.connect.billing.domain.BillingDataRules;
import io.connect.billing.domain.ItalianTaxIds;
import io.connect.billing.persistence.BillingDetails;
import io.connect.platform.errors.ApiException;

import java.util.Locale;

/**
 * Cariqa's {@code ConnectAPIBillingDetails} (plus the optional {@code line2} our table keeps). Checked here
 * rather than with bean validation so that the error names the JSON field ({@code postal_code}, not postalCode).
 */
public record BillingDetailsBody(String country,
                                 String city,
                                 String taxId,
                                 String accountType,
                                 String companyName,
                                 String vatId,
                                 String line1,
                                 String line2,
                                 String postalCode,
                                 String firstName,
                                 String lastName) {

    static final String PERSONAL = "personal";
    static final String BUSINESS = "business";
    /** No limit in Cariqa's schema; ours keeps rows sane. */
    static final int FREE_TEXT_MAX = 255;

    /** @return the body with defaults applied ({@code account_type} personal) */
    public BillingDetailsBody validated() {
        required("line1", line1);
        required("postal_code", postalCode);
        max("line1", line1, FREE_TEXT_MAX);
        max("line2", line2, FREE_TEXT_MAX);
        max("postal_code", postalCode, FREE_TEXT_MAX);
        max("country", country, 150);
        max("city", city, 50);
        max("tax_id", taxId, 30);
        max("company_name", companyName, FREE_TEXT_MAX);
        max("vat_id", vatId, FREE_TEXT_MAX);
        max("first_name", firstName, 150);
        max("last_name", lastName, 150);
        String type = accountType == null ? PERSONAL : accountType.trim().toLowerCase(Locale.ROOT);
        if (!PERSONAL.equals(type) && !BUSINESS.equals(type)) {
            throw ApiException.validation("account_type", "\"" + accountType + "\" is not a valid choice (personal, business)");
        }
        if (BillingDataRules.isItaly(country)) {
            italianTaxIds(type);
        }
        return new BillingDetailsBody(country, city, taxId, type, companyName, vatId, line1.trim(), line2,
                postalCode.trim(), firstName, lastName);
    }

    /** Blank ids are left to the readiness check (they are allowed until a charge needs them). */
    private void italianTaxIds(String type) {
        if (taxId != null && !taxId.isBlank() && !ItalianTaxIds.isCodiceFiscale(taxId)
                && !(BUSINESS.equals(type) && taxId.trim().matches("[0-9]{11}"))) {
            throw ApiException.validation("tax_id", "Enter a valid Italian codice fiscale (16 characters"
                    + (BUSINESS.equals(type) ? ", or 11 digits for a company" : "") + ").");
        }
        if (vatId != null && !vatId.isBlank() && !ItalianTaxIds.isPartitaIva(vatId)) {
            throw ApiException.validation("vat_id",
                    "Enter a valid Italian Partita IVA (11 digits, optionally prefixed IT, with a valid check digit).");
        }
    }

    public BillingDataRules.Details rulesView() {
        return new BillingDataRules.Details(accountType, firstName, lastName, companyName, line1, postalCode, city,
                country, taxId, vatId);
    }

    public void copyTo(BillingDetails row) {
        row.country = country;
        row.city = city;
        row.taxId = taxId;
        row.accountType = accountType;
        row.companyName = companyName;
        row.vatId = vatId;
        row.line1 = line1;
        row.line2 = line2;
        row.postalCode = postalCode;
        row.firstName = firstName;
        row.lastName = lastName;
    }

    public static BillingDetailsBody of(BillingDetails row) {
        return new BillingDetailsBody(row.country, row.city, row.taxId, row.accountType, row.companyName, row.vatId,
                row.line1, row.line2, row.postalCode, row.firstName, row.lastName);
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.validation(field, "This field is required.");
        }
    }

    private static void max(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.validation(field, "Ensure this field has no more than " + max + " characters.");
        }
    }
}
