package io.connect.billing.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BillingDataRulesTest {

    static final String CODICE_FISCALE = "RSSMRA85T10A562S";
    static final String PARTITA_IVA = "IT01234567897";

    static BillingDataRules.Details personal(String country, String taxId) {
        return new BillingDataRules.Details("personal", "Mario", "Rossi", null, "Via Roma 1", "00100", "Roma",
                country, taxId, null);
    }

    static BillingDataRules.Details business(String companyName, String vatId) {
        return new BillingDataRules.Details("business", null, null, companyName, "Via Roma 1", "00100", "Roma",
                "it", null, vatId);
    }

    @Test
    void italian_personal_account_complete_is_ready() {
        var verdict = BillingDataRules.check(Optional.of(personal("it", CODICE_FISCALE)), "IT");
        assertTrue(verdict.ready(), verdict.missing().toString());
        assertEquals("IT", verdict.rulesCountry());
        assertTrue(BillingDataRules.check(Optional.of(personal("ITA", "rssmra85t10a562s")), null).ready(),
                "alpha-3 country and lower-case codice fiscale");
    }

    @Test
    void italian_personal_account_incomplete_names_every_missing_field() {
        var d = new BillingDataRules.Details(null, "Mario", " ", null, "Via Roma 1", "00100", null, "it", null, null);
        assertEquals(List.of("last_name", "city", "tax_id"), BillingDataRules.check(Optional.of(d), "IT").missing());
    }

    @Test
    void bad_codice_fiscale_counts_as_missing() {
        for (String bad : List.of("RSSMRA85T10A562", "12345678901234567", "RSSMRA85Z10A562S", "RSSMRA85T10A5621")) {
            assertEquals(List.of("tax_id"), BillingDataRules.check(Optional.of(personal("it", bad)), "IT").missing(), bad);
        }
        assertTrue(BillingDataRules.check(Optional.of(personal("it", "RSSMRA85T10A56RS")), "IT").ready(),
                "omocodia: a digit replaced by a letter");
    }

    @Test
    void italian_business_needs_company_and_partita_iva() {
        assertTrue(BillingDataRules.check(Optional.of(business("Cariqa Srl", PARTITA_IVA)), "IT").ready());
        assertTrue(BillingDataRules.check(Optional.of(business("Cariqa Srl", "01234567897")), "DE").ready(),
                "prefix is optional");
        assertEquals(List.of("vat_id"),
                BillingDataRules.check(Optional.of(business("Cariqa Srl", null)), "IT").missing());
        assertEquals(List.of("vat_id"),
                BillingDataRules.check(Optional.of(business("Cariqa Srl", "IT01234567898")), "IT").missing(),
                "wrong check digit");
        assertEquals(List.of("company_name", "vat_id"),
                BillingDataRules.check(Optional.of(business(null, "DE123456789")), "IT").missing());
    }

    @Test
    void german_user_at_an_italian_station_needs_the_italian_data() {
        var german = new BillingDataRules.Details("personal", "Ada", "Lovelace", null, "Ludwigstraße 9", "67547",
                "Worms", "de", null, null);
        var verdict = BillingDataRules.check(Optional.of(german), "IT");
        assertEquals(List.of("tax_id"), verdict.missing());
        assertEquals("IT", verdict.rulesCountry());
        assertTrue(BillingDataRules.check(Optional.of(german), "DE").ready());
        assertNull(BillingDataRules.check(Optional.of(german), "DE").rulesCountry());
    }

    @Test
    void italian_user_at_a_german_station_still_needs_the_italian_data() {
        assertEquals(List.of("tax_id"), BillingDataRules.check(Optional.of(personal("IT", null)), "DE").missing());
        assertTrue(BillingDataRules.check(Optional.of(personal("IT", CODICE_FISCALE)), "DEU").ready());
    }

    @Test
    void no_details_at_all() {
        assertEquals(List.of("first_name", "last_name", "line1", "postal_code", "city", "country", "tax_id"),
                BillingDataRules.check(Optional.empty(), "it").missing());
        assertTrue(BillingDataRules.check(Optional.empty(), "DE").ready());
        assertTrue(BillingDataRules.check(Optional.empty(), null).ready());
    }

    @Test
    void partita_iva_check_digit() {
        assertTrue(ItalianTaxIds.isPartitaIva("12345678903"));
        assertFalse(ItalianTaxIds.isPartitaIva("12345678901"));
        assertFalse(ItalianTaxIds.isPartitaIva("IT1234567890"));
        assertFalse(ItalianTaxIds.isPartitaIva("FR12345678903"));
    }
}
