package io.connect.cpo.domain.ocpi;

public record BusinessDetails(String name, String website, Image logo) {
}
