package io.connect.cpo.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

final class Urls {

    private Urls() {
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Encodes one path segment (ids may contain characters such as '*' or spaces). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
