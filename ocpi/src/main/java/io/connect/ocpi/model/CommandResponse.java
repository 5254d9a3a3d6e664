package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** The immediate answer to a command: result is ACCEPTED, REJECTED, UNKNOWN_SESSION or NOT_SUPPORTED. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommandResponse(String result, int timeout, List<DisplayText> message) {

    public static CommandResponse accepted(int timeout) {
        return new CommandResponse("ACCEPTED", timeout, null);
    }

    public static CommandResponse of(String result, int timeout, String why) {
        return new CommandResponse(result, timeout, List.of(DisplayText.en(why)));
    }
}
