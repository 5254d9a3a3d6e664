package io.connect.station.persistence;

/** What an upsert did: stored a new object, replaced an older one, or ignored a stale one. */
public enum ApplyOutcome {
    CREATED, UPDATED, STALE
}
