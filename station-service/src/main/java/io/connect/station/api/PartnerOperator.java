package io.connect.station.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An entry of /stations/partners/: a partner operator's name (usable in operators[]) and logo. */
public record PartnerOperator(String name, @JsonProperty("logo_url") String logoUrl) {
}
