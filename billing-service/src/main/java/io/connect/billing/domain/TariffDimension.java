package io.connect.billing.domain;

/** OCPI 2.2.1 TariffDimensionType. */
public enum TariffDimension {
    ENERGY, TIME, PARKING_TIME, FLAT
}
