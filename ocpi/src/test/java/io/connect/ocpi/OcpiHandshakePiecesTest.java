package io.connect.ocpi;

import com.sun.net.httpserver.HttpServer;
import io.connect.ocpi.model.BusinessDetails;
import io.connect.ocpi.model.Credentials;
import io.connect.ocpi.model.CredentialsRole;
import io.connect.ocpi.model.Endpoint;
import io.connect.ocpi.transport.OcpiCallException;
import io.connect.ocpi.transport.OcpiClient;
import io.connect.ocpi.transport.OcpiHeaders;
import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import io.connect.ocpi.transport.VersionDiscovery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens, the Credentials object, and version discovery over real HTTP against a small JDK server. */
class OcpiHandshakePiecesTest {

    HttpServer server;
    String base;
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(Map.of("path", exchange.getRequestURI().getPath(),
                    "auth", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    "request", String.valueOf(exchange.getRequestHeaders().getFirst(OcpiHeaders.REQUEST_ID)),
                    "correlation", String.valueOf(exchange.getRequestHeaders().getFirst(OcpiHeaders.CORRELATION_ID))));
            boolean authorised = OcpiToken.header("token-a").equals(exchange.getRequestHeaders().getFirst("Authorization"));
            String body = authorised ? answers.get(exchange.getRequestURI().getPath())
                    : "{\"status_code\": 2000, \"status_message\": \"Unknown token\", \"timestamp\": \"2026-11-27T12:00:00Z\"}";
            int status = !authorised ? 401 : body == null ? 404 : 200;
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static String ok(String data) {
        return "{\"data\": " + data + ", \"status_code\": 1000, \"timestamp\": \"2026-11-27T12:00:00Z\"}";
    }

    @Test
    void discoversTheDetailsOf221WithOneCorrelationIdAndNewRequestIds() {
        answers.put("/versions", ok("[{\"version\": \"2.1.1\", \"url\": \"" + base + "/2.1.1\"},"
                + "{\"version\": \"2.2.1\", \"url\": \"" + base + "/2.2.1\"}]"));
        answers.put("/2.2.1", ok("{\"version\": \"2.2.1\", \"endpoints\": ["
                + "{\"identifier\": \"credentials\", \"role\": \"RECEIVER\", \"url\": \"" + base + "/2.2.1/credentials\"},"
                + "{\"identifier\": \"commands\", \"role\": \"RECEIVER\", \"url\": \"" + base + "/2.2.1/commands\"},"
                + "{\"identifier\": \"locations\", \"role\": \"SENDER\", \"url\": \"" + base + "/2.2.1/locations\"}]}"));

        var found = new VersionDiscovery(new OcpiClient(Duration.ofSeconds(5))).discover(base + "/versions",
                "token-a", "corr-1");

        assertEquals(base + "/2.2.1", found.detailsUrl());
        assertEquals(base + "/2.2.1/commands", found.details().url("commands", Endpoint.RECEIVER).orElseThrow());
        assertTrue(found.details().url("commands", Endpoint.SENDER).isEmpty());
        assertEquals(2, seen.size());
        assertEquals("/versions", seen.get(0).get("path"));
        assertEquals("/2.2.1", seen.get(1).get("path"));
        assertEquals("corr-1", seen.get(0).get("correlation"));
        assertEquals("corr-1", seen.get(1).get("correlation"));
        assertNotEquals(seen.get(0).get("request"), seen.get(1).get("request"));
        assertEquals("Token dG9rZW4tYQ==", seen.get(0).get("auth"));
    }

    @Test
    void noCommonVersionIs3002() {
        answers.put("/versions", ok("[{\"version\": \"2.1.1\", \"url\": \"" + base + "/2.1.1\"}]"));
        OcpiCallException e = assertThrows(OcpiCallException.class, () ->
                new VersionDiscovery(new OcpiClient(Duration.ofSeconds(5))).discover(base + "/versions", "token-a", "c"));
        assertEquals(OcpiStatus.UNSUPPORTED_VERSION, e.ocpiStatus());
    }

    @Test
    void aRefusedTokenKeepsTheHttpAndOcpiStatus() {
        OcpiCallException e = assertThrows(OcpiCallException.class, () ->
                new OcpiClient(Duration.ofSeconds(5)).get(base + "/versions", "wrong", "c"));
        assertEquals(401, e.httpStatus());
        assertEquals(2000, e.ocpiStatus());
        assertTrue(e.unauthorized());
        assertTrue(e.getMessage().contains("Unknown token"), e.getMessage());
    }

    @Test
    void generatedTokensAreNewPrintableAndShort() {
        String a = OcpiToken.generate();
        assertNotEquals(a, OcpiToken.generate());
        assertTrue(a.length() <= 64 && a.chars().allMatch(c -> c > 32 && c < 127), a);
        assertEquals(64, OcpiToken.sha256(a).length());
        assertEquals(OcpiToken.sha256(a), OcpiToken.sha256(a));
        assertTrue(OcpiToken.candidates(OcpiToken.plainHeader(a)).contains(a));
        assertEquals(a, OcpiToken.candidates(OcpiToken.header(a)).get(0));
        assertEquals(List.of(), OcpiToken.candidates("Bearer x"));
    }

    @Test
    void credentialsProblemsNameTheField() {
        CredentialsRole cpo = new CredentialsRole("CPO", new BusinessDetails("Sim", null, null), "CIQ", "DE");
        assertNull(new Credentials("tok", "http://x/versions", List.of(cpo)).problem());
        assertEquals("token is required", new Credentials(" ", "http://x", List.of(cpo)).problem());
        assertTrue(new Credentials("a".repeat(65), "http://x", List.of(cpo)).problem().startsWith("token must"));
        assertTrue(new Credentials("tok", "ftp://x", List.of(cpo)).problem().startsWith("url"));
        assertTrue(new Credentials("tok", "http://x", List.of()).problem().startsWith("roles"));
        assertTrue(new Credentials("tok", "http://x", List.of(new CredentialsRole("CPO",
                new BusinessDetails("Sim", null, null), "TOOLONG", "DE"))).problem().contains("party_id"));
        assertEquals(cpo, new Credentials("tok", "http://x", List.of(cpo)).role("CPO"));
        assertNull(new Credentials("tok", "http://x", List.of(cpo)).role("EMSP"));
    }

    @Test
    void idsAreKeptWhenUsable() {
        assertEquals("abc-1", OcpiHeaders.orNew("abc-1"));
        assertNotEquals("", OcpiHeaders.orNew(""));
        assertNotEquals("x\ny", OcpiHeaders.orNew("x\ny"));
    }
}
