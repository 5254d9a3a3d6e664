package io.connect.cpo.domain.network;

/** What kind of charging site a generated location is; decides its EVSE count and power mix. */
enum Site {
    /** 1–3 AC points at the kerb. */
    STREET_AC,
    /** 4–8 AC points in a car park. */
    CAR_PARK_AC,
    /** 1–2 DC 50 kW units (some with CHAdeMO) and up to 2 AC points. */
    DC_FAST,
    /** 4–8 high-power DC (150–350 kW CCS). */
    HPC_HUB,
    /** 2–4 AC and 2–4 DC. */
    MIXED;

    static Site draw(Rng r, Placement.Kind where) {
        double x = r.nextDouble();
        if (where == Placement.Kind.MOTORWAY) {
            return x < 0.5 ? HPC_HUB : x < 0.8 ? DC_FAST : MIXED;
        }
        return x < 0.40 ? STREET_AC : x < 0.65 ? CAR_PARK_AC : x < 0.80 ? DC_FAST : x < 0.90 ? HPC_HUB : MIXED;
    }

    boolean fast() {
        return this == DC_FAST || this == HPC_HUB || this == MIXED;
    }

    String parkingType(Placement.Kind where) {
        if (where == Placement.Kind.MOTORWAY) {
            return "ALONG_MOTORWAY";
        }
        return switch (this) {
            case STREET_AC -> "ON_STREET";
            case CAR_PARK_AC -> "PARKING_GARAGE";
            default -> "PARKING_LOT";
        };
    }
}
