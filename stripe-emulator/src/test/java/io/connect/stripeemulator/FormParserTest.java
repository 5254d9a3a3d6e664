package io.connect.stripeemulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connect.stripeemulator.api.FormParser;
import io.connect.stripeemulator.domain.StripeApiError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormParserTest {

    @Test
    void parsesBracketNotationIntoMapsAndLists() {
        Map<String, Object> p = FormParser.parse("amount=3000&metadata[session_id]=s%201&metadata[kind]=pre+auth"
                + "&payment_method_types[0]=card&expand[]=customer&expand[]=latest_charge"
                + "&invoice_settings[default_payment_method]=pm_1&empty=");
        assertEquals("3000", p.get("amount"));
        assertEquals(Map.of("session_id", "s 1", "kind", "pre auth"), p.get("metadata"));
        assertEquals(List.of("card"), p.get("payment_method_types"));
        assertEquals(List.of("customer", "latest_charge"), p.get("expand"));
        assertEquals(Map.of("default_payment_method", "pm_1"), p.get("invoice_settings"));
        assertEquals("", p.get("empty"));
    }

    @Test
    void ordersIndexedListsByIndexAndNestsObjectsInLists() {
        Map<String, Object> p = FormParser.parse("items[1][price]=b&items[0][price]=a&items[10][price]=c");
        assertEquals(List.of(Map.of("price", "a"), Map.of("price", "b"), Map.of("price", "c")), p.get("items"));
    }

    @Test
    void refusesMalformedNames() {
        assertThrows(StripeApiError.class, () -> FormParser.parse("metadata[a=1"));
        assertThrows(StripeApiError.class, () -> FormParser.parse("[a]=1"));
    }
}
