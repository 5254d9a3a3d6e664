package io.connect.cpo.domain.ocpi;

import java.util.List;

/** The immediate answer to a command: result is ACCEPTED, REJECTED, UNKNOWN_SESSION or NOT_SUPPORTED. */
public record CommandResponse(String result, int timeout, List<DisplayText> message) {

    public static CommandResponse accepted(int timeout) {
        return new CommandResponse("ACCEPTED", timeout, null);
    }

    public static CommandResponse of(String result, int timeout, String why) {
        return new CommandResponse(result, timeout, List.of(DisplayText.en(why)));
    }
}
