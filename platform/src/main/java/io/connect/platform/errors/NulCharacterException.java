package io.connect.platform.errors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON string holding U+0000, which PostgreSQL text cannot store; the mappers name the field. */
public class NulCharacterException extends InvalidFormatException {

    public NulCharacterException(JsonParser parser, String value) {
        super(parser, "string contains the NUL character (U+0000)", value, String.class);
    }
}
