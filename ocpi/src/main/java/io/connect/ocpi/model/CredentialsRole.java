package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** OCPI 2.2.1 CredentialsRole: one role (CPO, EMSP...) a party plays, under its country code and party id. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CredentialsRole(String role, BusinessDetails businessDetails, String partyId, String countryCode) {

    String problem() {
        if (role == null || role.isBlank()) {
            return "roles[].role is required";
        }
        if (partyId == null || !partyId.matches("[A-Za-z0-9]{3}")) {
            return "roles[].party_id must be 3 letters or digits";
        }
        if (countryCode == null || !countryCode.matches("[A-Za-z]{2}")) {
            return "roles[].country_code must be 2 letters";
        }
        if (businessDetails == null || businessDetails.name() == null || businessDetails.name().isBlank()) {
            return "roles[].business_details.name is required";
        }
        return null;
    }
}
