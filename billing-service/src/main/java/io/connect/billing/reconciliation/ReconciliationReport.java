package io.connect.billing.reconciliation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** The answer of {@code GET /internal/v1/reconciliation}: every mismatch found in the window, none when consistent. */
public record ReconciliationReport(OffsetDateTime from, OffsetDateTime until, String userId, boolean stripeChecked,
                                   boolean chargingChecked, int sessionsChecked, int mismatchCount,
                                   List<Item> mismatches, List<String> notes) {

    public record Item(String kind, String meaning, String sessionId, String invoiceId, String detail) {

        static Item of(Mismatch m) {
            return new Item(m.kind().name().toLowerCase(Locale.ROOT), m.kind().meaning(), m.sessionId(),
                    m.invoiceId(), m.detail());
        }
    }

    static ReconciliationReport of(OffsetDateTime from, OffsetDateTime until, String userId, boolean stripe,
                                   boolean charging, int sessions, List<Mismatch> mismatches, List<String> notes) {
        return new ReconciliationReport(from, until, userId, stripe, charging, sessions, mismatches.size(),
                mismatches.stream().map(Item::of).toList(), notes);
    }
}
