package io.connect.cpo.domain;

import io.connect.ocpi.model.CommandResponse;

/** The immediate answer to a command and the OCPI status code of the envelope that carries it. */
public record CommandAnswer(CommandResponse response, int statusCode) {
}
