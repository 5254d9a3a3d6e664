package io.connect.station.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.station.domain.Stations;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import io.connect.station.messaging.EvseStatusEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Upserts OCPI objects into the cache. At every level (location, EVSE, connector, tariff) an object older than
 * the stored one is ignored, so a late pull never undoes a newer push. Nothing is deleted: OCPI retires EVSEs
 * with status REMOVED. An EVSE whose status changes emits {@code station.evse.status-changed.v1} in the same
 * transaction; a newly seen EVSE does not.
 */
@ApplicationScoped
public class StationWriter {

    private static final Logger LOG = Logger.getLogger(StationWriter.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    EvseStatusEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public ApplyOutcome upsertLocation(String cpoKey, Location loc) {
        LocationEntity e = LocationEntity.find("countryCode = ?1 and partyId = ?2 and id = ?3",
                loc.countryCode(), loc.partyId(), loc.id()).firstResult();
        ApplyOutcome outcome;
        if (e == null) {
            e = new LocationEntity();
            e.cpoKey = cpoKey;
            outcome = ApplyOutcome.CREATED;
        } else if (e.lastUpdated.isAfter(loc.lastUpdated())) {
            outcome = ApplyOutcome.STALE;
        } else {
            outcome = ApplyOutcome.UPDATED;
        }
        if (outcome != ApplyOutcome.STALE) {
            copy(loc, e);
            if (e.pk == null) {
                e.persist();
            }
        }
        List<Evse> evses = loc.evsesOrEmpty();
        for (int i = 0; i < evses.size(); i++) {
            upsertEvse(e, evses.get(i), i);
        }
        return outcome;
    }

    /** @param position the EVSE's place in its location's list, or -1 to append a new one at the end */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplyOutcome upsertEvse(LocationEntity location, Evse evse, int position) {
        EvseEntity e = EvseEntity.find("locationPk = ?1 and uid = ?2", location.pk, evse.uid()).firstResult();
        ApplyOutcome outcome;
        String previousStatus = null;
        if (e == null) {
            e = new EvseEntity();
            e.locationPk = location.pk;
            e.uid = evse.uid();
            e.position = position >= 0 ? position : nextEvsePosition(location.pk);
            outcome = ApplyOutcome.CREATED;
        } else if (e.lastUpdated.isAfter(evse.lastUpdated())) {
            outcome = ApplyOutcome.STALE;
        } else {
            previousStatus = e.status;
            if (position >= 0) {
                e.position = position;
            }
            outcome = ApplyOutcome.UPDATED;
        }
        if (outcome != ApplyOutcome.STALE) {
            e.evseId = freeEvseId(evse.evseId(), e.pk);
            e.status = evse.status();
            e.capabilities = mapper.valueToTree(evse.capabilities() == null ? List.of() : evse.capabilities());
            e.lastUpdated = evse.lastUpdated();
            if (e.pk == null) {
                e.persist();
            }
            if (previousStatus != null && !previousStatus.equals(evse.status())) {
                events.statusChanged(location.id, evse.publicId(), evse.status(), previousStatus, evse.lastUpdated());
            }
            bumpLocation(location, evse.lastUpdated());
        }
        List<Connector> connectors = evse.connectorsOrEmpty();
        for (int i = 0; i < connectors.size(); i++) {
            upsertConnector(e, connectors.get(i), i);
        }
        refreshMaxPower(e);
        return outcome;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ApplyOutcome upsertConnector(EvseEntity evse, Connector c, int position) {
        ConnectorEntity e = ConnectorEntity.find("evsePk = ?1 and id = ?2", evse.pk, c.id()).firstResult();
        ApplyOutcome outcome;
        if (e == null) {
            e = new ConnectorEntity();
            e.evsePk = evse.pk;
            e.id = c.id();
            e.position = position >= 0 ? position : (int) ConnectorEntity.count("evsePk", evse.pk);
            outcome = ApplyOutcome.CREATED;
        } else if (e.lastUpdated.isAfter(c.lastUpdated())) {
            return ApplyOutcome.STALE;
        } else {
            if (position >= 0) {
                e.position = position;
            }
            outcome = ApplyOutcome.UPDATED;
        }
        e.standard = c.standard();
        e.format = c.format();
        e.powerType = c.powerType();
        e.maxVoltage = c.maxVoltage();
        e.maxAmperage = c.maxAmperage();
        e.maxElectricPower = c.maxElectricPower();
        e.tariffIds = mapper.valueToTree(c.tariffIdsOrEmpty());
        e.lastUpdated = c.lastUpdated();
        if (e.pk == null) {
            e.persist();
        }
        return outcome;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ApplyOutcome upsertTariff(String cpoKey, Tariff t, JsonNode raw) {
        TariffEntity e = TariffEntity.find("countryCode = ?1 and partyId = ?2 and id = ?3",
                t.countryCode(), t.partyId(), t.id()).firstResult();
        ApplyOutcome outcome;
        if (e == null) {
            e = new TariffEntity();
            e.countryCode = t.countryCode();
            e.partyId = t.partyId();
            e.id = t.id();
            e.cpoKey = cpoKey;
            outcome = ApplyOutcome.CREATED;
        } else if (e.lastUpdated.isAfter(t.lastUpdated())) {
            return ApplyOutcome.STALE;
        } else {
            outcome = ApplyOutcome.UPDATED;
        }
        e.currency = t.currency();
        e.type = t.type();
        e.elements = mapper.valueToTree(t.elementsOrEmpty());
        e.startDateTime = t.startDateTime();
        e.endDateTime = t.endDateTime();
        e.ocpi = raw;
        e.lastUpdated = t.lastUpdated();
        if (e.pk == null) {
            e.persist();
        }
        return outcome;
    }

    /** A connector pushed on its own: also refreshes its EVSE's power and its location's last_updated. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplyOutcome pushConnector(LocationEntity location, EvseEntity evse, Connector c) {
        ApplyOutcome outcome = upsertConnector(evse, c, -1);
        if (outcome != ApplyOutcome.STALE) {
            refreshMaxPower(evse);
            bumpLocation(location, c.lastUpdated());
        }
        return outcome;
    }

    private void copy(Location loc, LocationEntity e) {
        e.countryCode = loc.countryCode();
        e.partyId = loc.partyId();
        e.id = loc.id();
        e.publish = loc.publish() == null || loc.publish();
        e.name = loc.name();
        e.address = loc.address();
        e.city = loc.city();
        e.postalCode = loc.postalCode();
        e.state = loc.state();
        e.country = loc.country();
        e.latitude = new BigDecimal(loc.coordinates().latitude().trim());
        e.longitude = new BigDecimal(loc.coordinates().longitude().trim());
        e.timeZone = loc.timeZone();
        e.operatorName = Stations.operatorName(loc);
        e.operator = loc.operator() == null ? null : mapper.valueToTree(loc.operator());
        e.facilities = mapper.valueToTree(loc.facilities() == null ? List.of() : loc.facilities());
        e.openingTimes = loc.openingTimes() == null ? null : mapper.valueToTree(loc.openingTimes());
        e.lastUpdated = e.lastUpdated == null || loc.lastUpdated().isAfter(e.lastUpdated) ? loc.lastUpdated() : e.lastUpdated;
    }

    /** OCPI: a location's last_updated is the latest change of it or its children. */
    private static void bumpLocation(LocationEntity location, Instant childUpdated) {
        if (location.lastUpdated == null || childUpdated.isAfter(location.lastUpdated)) {
            location.lastUpdated = childUpdated;
        }
    }

    private void refreshMaxPower(EvseEntity evse) {
        List<ConnectorEntity> connectors = ConnectorEntity.list("evsePk", evse.pk);
        evse.maxPowerKw = Stations.maxPowerKw(new Evse(evse.uid, evse.evseId, evse.status, null,
                connectors.stream().map(StationReader::toOcpi).toList(), evse.lastUpdated));
    }

    private static int nextEvsePosition(Long locationPk) {
        return (int) EvseEntity.count("locationPk", locationPk);
    }

    /** An evse_id is unique: if another EVSE still holds it (the CPO moved it), that one loses it. */
    private String freeEvseId(String evseId, Long ownPk) {
        if (evseId == null) {
            return null;
        }
        List<EvseEntity> holders = EvseEntity.list("evseId", evseId);
        for (EvseEntity other : holders) {
            if (!Objects.equals(other.pk, ownPk)) {
                LOG.warnf("EVSE id %s moved from EVSE %s to another EVSE", evseId, other.uid);
                other.evseId = null;
                other.flush();
            }
        }
        return evseId;
    }
}
