package io.connect.cpo.domain;

import io.connect.ocpi.model.CommandResultType;
import java.math.BigDecimal;

/**
 * How one EVSE reacts to commands. Any field may be null in a scripted override, meaning "the default".
 *
 * @param commandResult the CommandResult for START_SESSION; ACCEPTED still reports EVSE_OCCUPIED or
 *                      EVSE_INOPERATIVE when the EVSE's status says so
 * @param stopResult    the CommandResult for STOP_SESSION
 * @param latencyMs     delay before the CommandResult (and the charger's action)
 * @param progressUpdates whether the session is PATCHed while charging (false: only start, stop and CDR)
 * @param energyRateKw  charging power
 * @param duplicateCdr  send the CDR twice, as a CPO retrying after a lost answer would
 */
public record Behaviour(CommandResultType commandResult, CommandResultType stopResult, Long latencyMs,
        Boolean progressUpdates, BigDecimal energyRateKw, Boolean duplicateCdr) {

    /** This override on top of {@code defaults}. */
    public Behaviour over(Behaviour defaults) {
        return new Behaviour(
                commandResult != null ? commandResult : defaults.commandResult,
                stopResult != null ? stopResult : defaults.stopResult,
                latencyMs != null ? latencyMs : defaults.latencyMs,
                progressUpdates != null ? progressUpdates : defaults.progressUpdates,
                energyRateKw != null ? energyRateKw : defaults.energyRateKw,
                duplicateCdr != null ? duplicateCdr : defaults.duplicateCdr);
    }
}
