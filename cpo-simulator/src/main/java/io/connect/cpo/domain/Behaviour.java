package io.connect.cpo.domain;

import io.connect.ocpi.model.CommandResultType;
import java.math.BigDecimal;

/**
 * How one EVSE reacts to commands. Any field may be null in a scripted override, meaning "the default".
 *
 * @param commandResponse the immediate CommandResponse to START_SESSION: ACCEPTED, or REJECTED / NOT_SUPPORTED
 *                        (then nothing else happens)
 * @param commandResult the CommandResult for START_SESSION; ACCEPTED still reports EVSE_OCCUPIED or
 *                      EVSE_INOPERATIVE when the EVSE's status says so
 * @param stopResult    the CommandResult for STOP_SESSION
 * @param latencyMs     delay before the CommandResult (and the charger's action)
 * @param progressUpdates whether the session is PATCHed while charging (false: only start, stop and CDR)
 * @param energyRateKw  charging power
 * @param duplicateCdr  send the CDR twice, as a CPO retrying after a lost answer would
 * @param startAnyway   after a TIMEOUT (or no) CommandResult the charger starts the session all the same, one
 *                      more latency later (OCPI issue #475: a session that follows a TIMEOUT)
 * @param updatesAfterStop how many ACTIVE PATCHes (more energy, later last_updated) follow the CDR, as a CPO
 *                      back office that keeps reporting a session it has already closed
 * @param outOfOrderUpdates progress PATCHes leave in swapped pairs (2nd before 1st), as over parallel connections
 */
public record Behaviour(String commandResponse, CommandResultType commandResult, CommandResultType stopResult,
        Long latencyMs, Boolean progressUpdates, BigDecimal energyRateKw, Boolean duplicateCdr, Boolean startAnyway,
        Integer updatesAfterStop, Boolean outOfOrderUpdates) {

    /** The immediate answers a script may choose for START_SESSION. */
    public static final java.util.Set<String> COMMAND_RESPONSES = java.util.Set.of("ACCEPTED", "REJECTED",
            "NOT_SUPPORTED");

    /** This override on top of {@code defaults}. */
    public Behaviour over(Behaviour defaults) {
        return new Behaviour(
                commandResponse != null ? commandResponse : defaults.commandResponse,
                commandResult != null ? commandResult : defaults.commandResult,
                stopResult != null ? stopResult : defaults.stopResult,
                latencyMs != null ? latencyMs : defaults.latencyMs,
                progressUpdates != null ? progressUpdates : defaults.progressUpdates,
                energyRateKw != null ? energyRateKw : defaults.energyRateKw,
                duplicateCdr != null ? duplicateCdr : defaults.duplicateCdr,
                startAnyway != null ? startAnyway : defaults.startAnyway,
                updatesAfterStop != null ? updatesAfterStop : defaults.updatesAfterStop,
                outOfOrderUpdates != null ? outOfOrderUpdates : defaults.outOfOrderUpdates);
    }
}
