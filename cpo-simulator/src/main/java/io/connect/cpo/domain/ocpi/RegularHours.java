package io.connect.cpo.domain.ocpi;

/** One opening period; weekday 1 = Monday ... 7 = Sunday, times "HH:MM" in the location's time zone. */
public record RegularHours(int weekday, String periodBegin, String periodEnd) {
}
