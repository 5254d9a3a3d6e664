package io.connect.events;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsyncApiTest {

    @SuppressWarnings("unchecked")
    private final Map<String, Object> doc = new Yaml().load(Resources.text("asyncapi.yaml"));

    @Test
    void isAnAsyncApi3DocumentWithTheFiveTopics() {
        assertEquals("3.0.0", doc.get("asyncapi"));
        Set<String> addresses = new HashSet<>();
        map(doc, "channels").values().forEach(c -> addresses.add((String) ((Map<?, ?>) c).get("address")));
        assertEquals(Set.of(EventTypes.CHARGING_SESSIONS_TOPIC, EventTypes.BILLING_TOPIC, EventTypes.USERS_TOPIC,
                EventTypes.PAYMENTS_TOPIC, EventTypes.EVSE_STATUS_TOPIC), addresses);
    }

    @Test
    void everyEventTypeHasAMessageAndEveryMessageIsOnAChannel() {
        Set<String> names = new HashSet<>();
        map(map(doc, "components"), "messages").values().forEach(m -> names.add((String) ((Map<?, ?>) m).get("name")));
        assertEquals(new HashSet<>(EventTypes.ALL), names);
        Set<String> onChannels = new HashSet<>();
        map(doc, "channels").values().forEach(c -> onChannels.addAll(map((Map<?, ?>) c, "messages").keySet()));
        assertEquals(map(map(doc, "components"), "messages").keySet(), onChannels);
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertTrue(refs.size() > EventTypes.ALL.size());
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                Object target = doc;
                for (String part : ref.substring(2).split("/")) {
                    target = ((Map<?, ?>) target).get(part);
                    assertTrue(target != null, "unresolved " + ref);
                }
            } else {
                assertTrue(ref.startsWith("schemas/"), ref);
                assertTrue(Files.isRegularFile(Path.of("src/main/resources").resolve(ref)), "missing file " + ref);
            }
        }
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    refs.add((String) v);
                } else {
                    collectRefs(v, refs);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectRefs(v, refs));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<?, ?> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
