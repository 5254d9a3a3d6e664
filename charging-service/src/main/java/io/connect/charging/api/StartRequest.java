package io.connect.charging.api;

/** Body of POST /charging/start/ (both fields required; checked by the resource to name the field). */
public record StartRequest(String evseId, String paymentMethodId) {
}
