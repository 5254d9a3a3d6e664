package io.connect.platform.api;

import io.connect.platform.errors.ApiException;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageTest {

    @Test
    void defaultsAndCap() {
        assertEquals(new PageRequest(1, 10), PageRequest.parse(null, " "));
        assertEquals(new PageRequest(3, 100), PageRequest.parse("3", "1000"));
        assertEquals(new PageRequest(1, 20), PageRequest.parse(null, "500", 5, 20));
        assertEquals(new PageRequest(1, 5), PageRequest.parse("", null, 5, 20));
    }

    @Test
    void notAPositiveIntegerIsA400NamingTheField() {
        for (String bad : List.of("0", "-1", "x", "1.5", "99999999999")) {
            assertField("page", assertThrows(ApiException.class, () -> PageRequest.parse(bad, null)));
            assertField("page_size", assertThrows(ApiException.class, () -> PageRequest.parse(null, bad)));
        }
    }

    @Test
    void beyondTheLastPageIs404ButAnEmptyFirstPageIsAPage() {
        ApiException e = assertThrows(ApiException.class,
                () -> new PageRequest(3, 2).requireWithin(4));
        assertEquals(404, e.status());
        assertEquals(Map.of("detail", "Invalid page."), e.body());
        new PageRequest(2, 2).requireWithin(4);
        new PageRequest(1, 10).requireWithin(0);
        assertThrows(ApiException.class, () -> new PageRequest(2, 10).requireWithin(0));
    }

    @Test
    void sliceOfAListInMemory() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertEquals(List.of(3, 4), new PageRequest(2, 2).slice(all));
        assertEquals(List.of(5), new PageRequest(3, 2).slice(all));
        assertEquals(List.of(), new PageRequest(1, 2).slice(List.of()));
        assertThrows(ApiException.class, () -> new PageRequest(4, 2).slice(all));
    }

    @Test
    void linksKeepTheOtherParametersAndDropPageForTheFirstPage() {
        UriInfo uri = uri("https://api.example.org/api/v1/users/?search=a%20b&page=2&page_size=2");
        Page<String> page = Page.of(new PageRequest(2, 2), 5, List.of("c", "d"), uri);
        assertEquals(5, page.count());
        assertEquals("https://api.example.org/api/v1/users/?search=a%20b&page_size=2&page=3", page.next());
        assertEquals("https://api.example.org/api/v1/users/?search=a%20b&page_size=2", page.previous());
        assertEquals(List.of("C", "D"), page.map(String::toUpperCase).results());

        Page<String> last = Page.of(new PageRequest(3, 2), 5, List.of("e"), uri);
        assertNull(last.next());
        assertEquals("https://api.example.org/api/v1/users/?search=a%20b&page_size=2&page=2", last.previous());

        Page<String> only = Page.of(new PageRequest(1, 10), 0, List.of(), uri("http://h/x/"));
        assertNull(only.next());
        assertNull(only.previous());
    }

    private static void assertField(String field, ApiException e) {
        assertEquals(400, e.status());
        assertEquals("validation_error", e.errorType());
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) e.body().get("error");
        assertEquals(Map.of(field, List.of("must be a positive integer")), error.get("fields"));
    }

    private static UriInfo uri(String requestUri) {
        return (UriInfo) Proxy.newProxyInstance(PageTest.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRequestUriBuilder")) {
                        return UriBuilder.fromUri(requestUri);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
