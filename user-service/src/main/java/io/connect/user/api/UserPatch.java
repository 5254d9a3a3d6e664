package io.connect.user.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.user.domain.UserChanges;

/**
 * Body of {@code PATCH /api/v1/users/{id}/}: remembers which fields were sent, so that an absent field stays
 * as it is and {@code "email": null} erases the email. {@code custom_properties} is replaced as a whole.
 */
public class UserPatch {

    private String email;
    private boolean emailSet;
    private String locale;
    private boolean localeSet;
    private CustomProperties customProperties;
    private boolean customPropertiesSet;

    @JsonProperty("email")
    public void setEmail(String email) {
        this.email = email;
        this.emailSet = true;
    }

    @JsonProperty("locale")
    public void setLocale(String locale) {
        this.locale = locale;
        this.localeSet = true;
    }

    @JsonProperty("custom_properties")
    public void setCustomProperties(CustomProperties customProperties) {
        this.customProperties = customProperties;
        this.customPropertiesSet = true;
    }

    UserChanges toChanges() {
        return new UserChanges(emailSet, email, localeSet, locale, customPropertiesSet,
                customProperties == null ? null : customProperties.externalId());
    }
}
