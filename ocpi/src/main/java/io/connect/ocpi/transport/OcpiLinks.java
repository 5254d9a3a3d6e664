package io.connect.ocpi.transport;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OCPI pagination header {@code Link: <url>; rel="next"}. */
public final class OcpiLinks {

    public static final String HEADER = "Link";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    private OcpiLinks() {
    }

    public static String next(String url) {
        return "<" + url + ">; rel=\"next\"";
    }

    /** The next page's URL from one Link header value, or null. */
    public static String parseNext(String headerValue) {
        if (headerValue == null) {
            return null;
        }
        Matcher m = NEXT.matcher(headerValue);
        return m.find() ? m.group(1) : null;
    }

    /** The next page's URL from all Link header values, or null when there is no next page. */
    public static String parseNext(List<String> headerValues) {
        return headerValues.stream().map(OcpiLinks::parseNext).filter(u -> u != null).findFirst().orElse(null);
    }
}
