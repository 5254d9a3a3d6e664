package io.connect.billing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which billing fields a user still lacks before charging. Cariqa's Italian rules apply when the customer lives
 * in Italy or the station stands there; elsewhere nothing is required. A present but malformed tax id counts as
 * missing (unusable on an Italian invoice).
 */
public final class BillingDataRules {

    /** The country whose rules were applied: only Italy has any today. */
    public static final String ITALY = "IT";
    private static final Set<String> ITALY_NAMES = Set.of("IT", "ITA", "ITALY", "ITALIA");

    /** The billing details as the rules see them (account type null means personal). */
    public record Details(String accountType, String firstName, String lastName, String companyName,
                          String line1, String postalCode, String city, String country,
                          String taxId, String vatId) {
    }

    /** @param rulesCountry the country whose rules applied, or null when none did */
    public record Verdict(String rulesCountry, List<String> missing) {
        public boolean ready() {
            return missing.isEmpty();
        }
    }

    private BillingDataRules() {
    }

    public static boolean isItaly(String country) {
        return country != null && ITALY_NAMES.contains(country.trim().toUpperCase(Locale.ROOT));
    }

    public static Verdict check(Optional<Details> details, String stationCountry) {
        String customerCountry = details.map(Details::country).orElse(null);
        if (!isItaly(customerCountry) && !isItaly(stationCountry)) {
            return new Verdict(null, List.of());
        }
        return new Verdict(ITALY, italianMissing(details.orElse(null)));
    }

    private static List<String> italianMissing(Details d) {
        boolean business = d != null && "business".equalsIgnoreCase(d.accountType());
        List<String> missing = new ArrayList<>();
        if (business) {
            need(missing, "company_name", d.companyName());
        } else {
            need(missing, "first_name", d == null ? null : d.firstName());
            need(missing, "last_name", d == null ? null : d.lastName());
        }
        need(missing, "line1", d == null ? null : d.line1());
        need(missing, "postal_code", d == null ? null : d.postalCode());
        need(missing, "city", d == null ? null : d.city());
        need(missing, "country", d == null ? null : d.country());
        if (business) {
            if (!ItalianTaxIds.isPartitaIva(d.vatId())) {
                missing.add("vat_id");
            }
        } else if (d == null || !ItalianTaxIds.isCodiceFiscale(d.taxId())) {
            missing.add("tax_id");
        }
        return List.copyOf(missing);
    }

    private static void need(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }
}
