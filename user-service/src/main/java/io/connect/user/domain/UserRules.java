package io.connect.user.domain;

import io.connect.platform.errors.ApiException;

import java.util.Set;
import java.util.regex.Pattern;

/** Validation of the user fields a partner sends; each failure is a 400 naming the field. */
public final class UserRules {

    public static final String DEFAULT_LOCALE = "en";
    public static final Set<String> LOCALES = Set.of("en", "de");
    static final int EMAIL_MAX = 254;
    static final int EXTERNAL_ID_MAX = 250;

    /** Local part of RFC 5322's dot-atom and a domain of at least two DNS labels. */
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");

    private UserRules() {
    }

    /** @return the email (trimmed) or null */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.trim();
        if (trimmed.length() > EMAIL_MAX) {
            throw ApiException.validation("email", "must have at most " + EMAIL_MAX + " characters");
        }
        if (!EMAIL.matcher(trimmed).matches()) {
            throw ApiException.validation("email", "enter a valid email address");
        }
        return trimmed;
    }

    public static String locale(String locale) {
        if (locale == null || !LOCALES.contains(locale)) {
            throw ApiException.validation("locale", "must be one of \"en\", \"de\"");
        }
        return locale;
    }

    /** @return the external id or null */
    public static String externalId(String externalId) {
        if (externalId != null && externalId.length() > EXTERNAL_ID_MAX) {
            throw ApiException.validation("external_id", "must have at most " + EXTERNAL_ID_MAX + " characters");
        }
        return externalId;
    }
}
