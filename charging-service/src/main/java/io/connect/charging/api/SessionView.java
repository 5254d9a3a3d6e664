package io.connect.charging.api;

import java.math.BigDecimal;

/** ConnectAPIChargingSession exactly as the seed shows it (field order included). */
public record SessionView(String id, String startTime, String endTime, Integer duration, String consumedEnergy,
                          boolean isActive, String evseId, StationInfo stationInfo, boolean isPartner,
                          String logoUrl, UserFacingSessionPrices userFacingSessionPrices, SessionCost sessionCost,
                          Integer rates) {

    public record StationInfo(String stationName, String stationAddress, String country, String stationSpeed,
                              String connectorStandard, BigDecimal connectorPower, String supportPhone,
                              String latitude, String longitude) {
    }

    public record UserFacingSessionPrices(String kwhPrice, String timePrice, String sessionFee, String blockingFee,
                                          String startingFee, Integer gracePeriodMinutes, String blockingCap,
                                          String currency) {
    }

    public record SessionCost(String kwhCost, String timeCost, String sessionFeeCost, String blockingFeeCost,
                              String startingFeeCost, String invoiceView, String invoiceDownload, String invoiceVat,
                              String invoiceSummary, String invoiceCredits, String invoiceDiscount,
                              String currency) {
    }
}
