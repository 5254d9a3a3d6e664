package io.connect.cpo.domain.ocpi;

public enum TariffDimensionType {
    ENERGY, FLAT, PARKING_TIME, TIME
}
