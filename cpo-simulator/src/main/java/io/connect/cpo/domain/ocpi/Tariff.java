package io.connect.cpo.domain.ocpi;

import java.time.Instant;
import java.util.List;

public record Tariff(String countryCode, String partyId, String id, String currency, String type,
        List<DisplayText> tariffAltText, List<TariffElement> elements, Instant startDateTime, Instant endDateTime,
        Instant lastUpdated) {
}
