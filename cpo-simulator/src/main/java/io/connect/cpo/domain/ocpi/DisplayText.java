package io.connect.cpo.domain.ocpi;

public record DisplayText(String language, String text) {

    public static DisplayText en(String text) {
        return new DisplayText("en", text);
    }
}
