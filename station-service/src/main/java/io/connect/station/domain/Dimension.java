package io.connect.station.domain;

/** OCPI TariffDimensionType, in the order Cariqa shows them. */
public enum Dimension {
    ENERGY, TIME, PARKING_TIME, FLAT;

    public static Dimension parse(String type) {
        for (Dimension d : values()) {
            if (d.name().equals(type)) {
                return d;
            }
        }
        return null;
    }

    /** TIME and PARKING_TIME are priced per hour by the CPO and shown per minute to users. */
    public boolean perHour() {
        return this == TIME || this == PARKING_TIME;
    }
}
