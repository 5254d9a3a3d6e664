package io.connect.charging.domain;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts waiting for the CPO's CommandResult, by command uid. The HTTP request of a start holds a future, not a
 * thread; the callback endpoint completes it, or {@link StartSignals} when the callback reached another replica.
 */
@ApplicationScoped
public class CommandWaiters {

    private final Map<UUID, CompletableFuture<CommandOutcome>> byCommand = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> commandBySession = new ConcurrentHashMap<>();

    public CompletableFuture<CommandOutcome> register(UUID commandUid, UUID sessionId) {
        CompletableFuture<CommandOutcome> future = new CompletableFuture<>();
        byCommand.put(commandUid, future);
        commandBySession.put(sessionId, commandUid);
        return future;
    }

    /** @return true when a start on this replica was waiting for this command */
    public boolean complete(UUID commandUid, CommandOutcome outcome) {
        CompletableFuture<CommandOutcome> future = byCommand.remove(commandUid);
        commandBySession.values().remove(commandUid);
        return future != null && future.complete(outcome);
    }

    /** The CPO reported the session ACTIVE before (or instead of) its CommandResult: that settles the start. */
    public boolean completeForSession(UUID sessionId, CommandOutcome outcome) {
        UUID uid = commandBySession.get(sessionId);
        return uid != null && complete(uid, outcome);
    }

    public void forget(UUID commandUid) {
        byCommand.remove(commandUid);
        commandBySession.values().remove(commandUid);
    }

    public int waiting() {
        return byCommand.size();
    }
}
