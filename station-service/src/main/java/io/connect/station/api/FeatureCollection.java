package io.connect.station.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** Cariqa's ConnectAPITileResponse: GeoJSON with Cariqa's extra members on each feature. */
public record FeatureCollection(String type, List<Feature> features) {

    public FeatureCollection(List<Feature> features) {
        this("FeatureCollection", features);
    }

    /** A station ({@code station_id}, count 1) or a cluster ({@code cluster_id}); the other id is left out. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Feature(String type, @JsonInclude(JsonInclude.Include.NON_NULL) String stationId,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String clusterId, Point geometry,
                          Properties properties,
                          @JsonInclude(JsonInclude.Include.NON_NULL) CustomProperties customProperties,
                          @JsonInclude(JsonInclude.Include.NON_NULL) PriceProperties priceProperties) {
    }

    /** GeoJSON order: [longitude, latitude], as strings. */
    public record Point(String type, List<String> coordinates) {

        public Point(String longitude, String latitude) {
            this("Point", List.of(longitude, latitude));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Properties(int count, Integer expansionZoom, String speed, String status, String operatorId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CustomProperties(boolean isPartner) {
    }

    /** {@code type}: charging_price (per kWh) or time_price (per minute); VAT included. */
    public record PriceProperties(String price, String type, String currency) {
    }
}
