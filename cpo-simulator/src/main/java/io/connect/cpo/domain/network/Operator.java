package io.connect.cpo.domain.network;

import io.connect.ocpi.model.BusinessDetails;
import io.connect.ocpi.model.Image;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A charge point operator of the generated network: its OCPI party, its public details, the countries where it is
 * the local operator (empty: pan-European) and the VAT it prices with.
 */
public record Operator(String countryCode, String partyId, String name, String website, Set<String> homeCountries,
        BigDecimal vatPercent) {

    public BusinessDetails details() {
        String logo = "https://logos.example.org/" + partyId.toLowerCase() + ".png";
        return new BusinessDetails(name, website, new Image(logo, null, "OPERATOR", "png", 512, 512));
    }

    /** The eMI3 operator prefix of its EVSE ids, e.g. {@code DE*VLT}. */
    String emi3() {
        return countryCode + "*" + partyId;
    }

    boolean isLocalIn(String countryCode) {
        return homeCountries.contains(countryCode);
    }
}
