package io.connect.cpo.domain.ocpi;

public record Image(String url, String thumbnail, String category, String type, Integer width, Integer height) {
}
