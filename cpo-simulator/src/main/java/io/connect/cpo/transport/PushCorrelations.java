package io.connect.cpo.transport;

import io.connect.ocpi.model.Cdr;
import io.connect.ocpi.model.Session;
import io.connect.ocpi.transport.OcpiHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which X-Correlation-ID a push carries: the one of the command that caused it. A START_SESSION's correlation
 * id follows its CommandResult (by response_url) and the Session and CDR it leads to (by authorization_reference,
 * then by the session's URL for PATCHes); a STOP_SESSION's follows its own CommandResult. Anything else (an EVSE
 * status change nobody asked for) starts a new correlation. Bounded: the oldest entries are forgotten.
 */
@ApplicationScoped
public class PushCorrelations {

    private static final int KEEP = 20_000;

    private final Map<String, String> byKey = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEEP;
        }
    };

    /** A command arrived with this correlation id. */
    public synchronized void command(String responseUrl, String authorizationReference, String correlationId) {
        if (responseUrl != null) {
            byKey.put("url:" + responseUrl, correlationId);
        }
        if (authorizationReference != null) {
            byKey.put("ref:" + authorizationReference, correlationId);
        }
    }

    /** The correlation id for a push of {@code body} to {@code url}. */
    public synchronized String forPush(String url, Object body) {
        String reference = body instanceof Session s ? s.authorizationReference()
                : body instanceof Cdr c ? c.authorizationReference() : null;
        String found = reference == null ? null : byKey.get("ref:" + reference);
        if (found == null) {
            found = byKey.get("url:" + url);
        }
        if (found == null) {
            return OcpiHeaders.newId();
        }
        if (body instanceof Session) {
            byKey.put("url:" + url, found);
        }
        return found;
    }
}
