package io.connect.events;

import io.connect.events.compat.SchemaCompatibility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The build's compatibility gate: every schema published (src/test/resources/published) must still be served
 * by a compatible current schema. A breaking change needs a new type version (.v2) next to the old one.
 */
class PublishedSchemasCompatibilityTest {

    @Test
    void currentSchemasAreBackwardCompatibleWithThePublishedOnes() {
        List<String> breaking = SchemaCompatibility.breakingChanges(
                Resources.schemasIn(Resources.PUBLISHED), Resources.schemasIn(Resources.SCHEMAS));
        assertEquals(List.of(), breaking, "breaking changes against the published schemas");
    }
}
