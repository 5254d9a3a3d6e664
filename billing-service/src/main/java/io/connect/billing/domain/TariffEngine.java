package io.connect.billing.domain;

/**
 * Prices a completed session from the tariff snapshot the user was shown at start.
 * {@link FlatRateTariffEngine} applies the snapshot's {@code gross} components for the whole session; a
 * time-of-day/weekday engine over the OCPI tariff elements ({@link TariffSnapshot#ocpiTariffJson()}) can take
 * its place later without touching invoicing.
 */
public interface TariffEngine {

    SessionCost price(TariffSnapshot snapshot, SessionUsage usage);
}
