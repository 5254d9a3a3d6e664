package io.connect.user.api;

/** Body of {@code POST /admin/v1/partners/}. */
public record PartnerCreateRequest(String name) {
}
