package io.connect.cpo.domain.ocpi;

/** WGS84 coordinates as OCPI sends them: strings with 5 to 7 decimals. */
public record GeoLocation(String latitude, String longitude) {
}
