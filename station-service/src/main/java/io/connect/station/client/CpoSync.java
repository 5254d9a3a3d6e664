package io.connect.station.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.station.config.CpoConfig;
import io.connect.station.config.CpoDirectory;
import io.connect.station.domain.OcpiValidation;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.transport.OcpiHeaders;
import io.connect.station.persistence.LocationBatchWriter;
import io.connect.station.persistence.StationWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pulls each configured CPO's Tariffs and Locations, with its registration's endpoints and token C when
 * charging-service made a credentials handshake with it ({@link CpoRegistrations}; a 401 re-reads it and pulls
 * again once), else with the configured ones. All pages of a CPO are applied in one transaction, so a CPO that
 * fails half-way leaves the cache as it was. One X-Correlation-ID per run. After a success, the next pull asks only
 * for objects changed since that pull started ({@code date_from}). Runs right after start-up (in the background:
 * readiness does not wait for it) and then every {@code connect.sync.interval}.
 */
@ApplicationScoped
public class CpoSync {

    private static final Logger LOG = Logger.getLogger(CpoSync.class);

    @Inject
    CpoDirectory directory;

    @Inject
    OcpiPageClient client;

    @Inject
    CpoRegistrations registrations;

    @Inject
    StationWriter writer;

    @Inject
    LocationBatchWriter batchWriter;

    /** A full sync of a big CPO holds its transaction while it pulls every page. */
    @ConfigProperty(name = "connect.sync.transaction-timeout", defaultValue = "PT1H")
    java.time.Duration transactionTimeout;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry metrics;

    private final Map<String, SyncState> states = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Scheduled(every = "${connect.sync.interval}", delayed = "${connect.sync.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        syncAll();
    }

    public List<SyncState> syncAll() {
        directory.all().forEach((key, cpo) -> {
            if (cpo.enabled()) {
                sync(key, cpo);
            }
        });
        return states();
    }

    public List<SyncState> states() {
        List<SyncState> out = new ArrayList<>();
        directory.all().keySet().forEach(k -> out.add(states.getOrDefault(k, SyncState.never(k))));
        return out;
    }

    public SyncState sync(String key, CpoConfig.Cpo cpo) {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> {
            metrics.gauge("connect.station.sync.last.success", Tags.of("cpo", k), this,
                    s -> s.lastSuccessEpoch(k));
            return new ReentrantLock();
        });
        lock.lock();
        try {
            return run(key, cpo);
        } finally {
            lock.unlock();
        }
    }

    private SyncState run(String key, CpoConfig.Cpo cpo) {
        SyncState before = states.getOrDefault(key, SyncState.never(key));
        Instant started = Instant.now();
        Instant dateFrom = before.lastSuccessStartedAt();
        states.put(key, new SyncState(key, "RUNNING", started, before.lastFinishedAt(), dateFrom, before.lastError(),
                before.locations(), before.tariffs(), before.pages(), before.skipped()));
        String correlationId = OcpiHeaders.newId();
        try {
            PullTarget target = PullTarget.of(registrations.forKey(key), cpo);
            Pulled pulled;
            try {
                pulled = pull(key, target, dateFrom, correlationId);
            } catch (OcpiPageClient.TokenRefused refused) {
                // the token C may have been rotated since we read the registrations: read them again, pull again
                PullTarget again = PullTarget.of(registrations.refresh().stream()
                        .filter(r -> key.equals(r.cpoKey())).findFirst(), cpo);
                if (again.token().equals(target.token())) {
                    throw refused;
                }
                LOG.infof("CPO %s refused our token C: registration read again, pulling again", key);
                pulled = pull(key, again, dateFrom, correlationId);
            }
            SyncState done = new SyncState(key, "OK", started, Instant.now(), started, null, pulled.locations(),
                    pulled.tariffs(), pulled.pages(), pulled.skipped());
            states.put(key, done);
            LOG.infof("CPO %s synced: %d locations, %d tariffs in %d pages (%d skipped) in %d ms, since %s "
                            + "(X-Correlation-ID %s)", key, pulled.locations(), pulled.tariffs(), done.pages(),
                    pulled.skipped(), java.time.Duration.between(started, done.lastFinishedAt()).toMillis(),
                    dateFrom == null ? "the start" : dateFrom, correlationId);
            return done;
        } catch (RuntimeException e) {
            SyncState failed = new SyncState(key, "FAILED", started, Instant.now(), dateFrom, e.getMessage(),
                    0, 0, 0, 0);
            states.put(key, failed);
            metrics.counter("connect.station.sync.failures", Tags.of("cpo", key)).increment();
            LOG.warnf("CPO %s sync failed, cache left as it was: %s", key, e.getMessage());
            return failed;
        }
    }

    /** What one pull applied. */
    private record Pulled(int locations, int tariffs, int pages, int skipped) {
    }

    /**
     * Where and with which token a CPO is pulled: its registration (credentials handshake) when charging-service
     * has one, else the configured endpoints and token. With a registration, objects of parties the CPO does not
     * run are skipped.
     */
    private record PullTarget(String locationsUrl, String tariffsUrl, String token, CpoRegistration registration) {

        static PullTarget of(java.util.Optional<CpoRegistration> registration, CpoConfig.Cpo cpo) {
            return registration.filter(r -> r.locationsUrl() != null && r.tariffsUrl() != null && r.tokenC() != null)
                    .map(r -> new PullTarget(r.locationsUrl(), r.tariffsUrl(), r.tokenC(), r))
                    .orElseGet(() -> new PullTarget(cpo.locationsUrl(), cpo.tariffsUrl(), cpo.token(), null));
        }

        boolean allows(String countryCode, String partyId) {
            return registration == null || registration.runs(countryCode, partyId);
        }

        /** Never the token. */
        @Override
        public String toString() {
            return "PullTarget[" + locationsUrl + ", " + tariffsUrl + "]";
        }
    }

    private Pulled pull(String key, PullTarget target, Instant dateFrom, String correlationId) {
        int[] skipped = {0};
        int[] locationCount = {0};
        int[] pages = {0};
        int tariffCount = QuarkusTransaction.requiringNew().timeout((int) transactionTimeout.toSeconds()).call(() -> {
            OcpiPageClient.Pages tariffPages = client.fetchAll(target.tariffsUrl(), target.token(), correlationId,
                    dateFrom);
            int tariffs = 0;
            for (JsonNode node : tariffPages.items()) {
                Tariff t = parse(node, Tariff.class, key, skipped);
                if (t != null && valid(OcpiValidation.tariff(t), "tariff " + t.id(), key, skipped)
                        && ownParty(target, t.countryCode(), t.partyId(), "tariff " + t.id(), key, skipped)) {
                    writer.upsertTariff(key, t, node);
                    tariffs++;
                }
            }
            // pages are written as they arrive, all in this one transaction: a failure rolls every page back
            OcpiPageClient.Fetched fetched = client.fetchEach(target.locationsUrl(), target.token(), correlationId,
                    dateFrom, page -> {
                        List<Location> locations = new ArrayList<>();
                        for (JsonNode node : page) {
                            Location l = parse(node, Location.class, key, skipped);
                            if (l != null && valid(OcpiValidation.location(l), "location " + l.id(), key, skipped)
                                    && ownParty(target, l.countryCode(), l.partyId(), "location " + l.id(), key,
                                    skipped)) {
                                locations.add(l);
                            }
                        }
                        batchWriter.upsert(key, locations);
                        locationCount[0] += locations.size();
                    });
            pages[0] = tariffPages.pages() + fetched.pages();
            return tariffs;
        });
        return new Pulled(locationCount[0], tariffCount, pages[0], skipped[0]);
    }

    private static boolean ownParty(PullTarget target, String countryCode, String partyId, String what, String key,
                                    int[] skipped) {
        if (target.allows(countryCode, partyId)) {
            return true;
        }
        skipped[0]++;
        LOG.warnf("CPO %s sent %s of party %s/%s, which its registration does not list: skipped", key, what,
                countryCode, partyId);
        return false;
    }

    private <T> T parse(JsonNode node, Class<T> type, String key, int[] skipped) {
        try {
            return mapper.treeToValue(node, type);
        } catch (Exception e) {
            skipped[0]++;
            LOG.warnf("CPO %s sent a %s that cannot be read, skipped: %s", key, type.getSimpleName(), e.getMessage());
            return null;
        }
    }

    private static boolean valid(String problem, String what, String key, int[] skipped) {
        if (problem == null) {
            return true;
        }
        skipped[0]++;
        LOG.warnf("CPO %s sent %s that is not usable (%s), skipped", key, what, problem);
        return false;
    }

    double lastSuccessEpoch(String key) {
        SyncState s = states.get(key);
        return s == null || s.lastSuccessStartedAt() == null ? 0 : s.lastSuccessStartedAt().getEpochSecond();
    }
}
