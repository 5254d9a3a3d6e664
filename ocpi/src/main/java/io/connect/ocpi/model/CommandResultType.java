package io.connect.ocpi.model;

/** OCPI CommandResultType, plus NO_ANSWER: a simulator-only choice meaning "never send a CommandResult". */
public enum CommandResultType {
    ACCEPTED, CANCELED_RESERVATION, EVSE_OCCUPIED, EVSE_INOPERATIVE, FAILED, NOT_SUPPORTED, REJECTED, TIMEOUT,
    UNKNOWN_RESERVATION, NO_ANSWER
}
