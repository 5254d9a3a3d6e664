package io.connect.ocpi;

import io.connect.ocpi.transport.OcpiLinks;
import io.connect.ocpi.transport.OcpiToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcpiTransportTest {

    @Test
    void tokenHeaderRoundTrip() {
        String header = OcpiToken.header("secret-c");
        assertEquals("Token c2VjcmV0LWM=", header);
        assertEquals("c2VjcmV0LWM=", OcpiToken.credential(header));
        assertEquals("c2VjcmV0LWM=", OcpiToken.credential("token  c2VjcmV0LWM= "));
        assertNull(OcpiToken.credential("Bearer x"));
        assertNull(OcpiToken.credential(null));
        assertEquals("secret-c", OcpiToken.decode("c2VjcmV0LWM="));
        assertNull(OcpiToken.decode("not base64!"));
    }

    @Test
    void tokenMatching() {
        assertTrue(OcpiToken.matchesEncodedOrPlain("c2VjcmV0LWM=", "secret-c"));
        assertTrue(OcpiToken.matchesEncodedOrPlain("secret-c", "secret-c"));
        assertFalse(OcpiToken.matchesEncodedOrPlain("c2VjcmV0LWQ=", "secret-c"));
        assertFalse(OcpiToken.matchesEncodedOrPlain(null, "secret-c"));
        assertFalse(OcpiToken.matches("a", null));
    }

    @Test
    void linkHeader() {
        String link = OcpiLinks.next("http://cpo/ocpi/locations?offset=10&limit=10");
        assertEquals("<http://cpo/ocpi/locations?offset=10&limit=10>; rel=\"next\"", link);
        assertEquals("http://cpo/ocpi/locations?offset=10&limit=10", OcpiLinks.parseNext(link));
        assertEquals("http://x/2", OcpiLinks.parseNext(List.of("<http://x/1>; rel=\"prev\"", "<http://x/2> ;rel=next")));
        assertNull(OcpiLinks.parseNext(List.of()));
    }
}
