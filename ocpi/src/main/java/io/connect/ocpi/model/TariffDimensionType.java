package io.connect.ocpi.model;

/** OCPI TariffDimensionType. */
public enum TariffDimensionType {
    ENERGY, FLAT, PARKING_TIME, TIME
}
