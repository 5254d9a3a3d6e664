package io.connect.platform.api;

import jakarta.ws.rs.core.UriInfo;

/**
 * Absolute links to other pages of the current request: same scheme, host, path and other query parameters,
 * only {@code page} replaced. The scheme and host are those of the request URI, so a service behind the gateway
 * names the host the client called (the gateway passes {@code Host}; {@code X-Forwarded-*} count when the service
 * enables {@code quarkus.http.proxy.*}).
 */
public final class PageLinks {

    private PageLinks() {
    }

    /** Like DRF, the link to the first page carries no {@code page} parameter. */
    public static String toPage(UriInfo uri, int page) {
        var builder = uri.getRequestUriBuilder();
        return (page == 1 ? builder.replaceQueryParam("page") : builder.replaceQueryParam("page", page))
                .build().toString();
    }
}
