package io.connect.cpo.domain.ocpi;

import java.util.List;

/** What the CPO POSTs to the eMSP's response_url once the charger has acted on a command. */
public record CommandResult(CommandResultType result, List<DisplayText> message) {
}
