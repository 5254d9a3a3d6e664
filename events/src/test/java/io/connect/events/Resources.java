package io.connect.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the module's resource folders from the source tree (the test runs in the module directory). */
final class Resources {

    static final Path SCHEMAS = Path.of("src/main/resources/schemas");
    static final Path PUBLISHED = Path.of("src/test/resources/published");
    static final Path EXAMPLES = Path.of("src/test/resources/examples");
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Resources() {
    }

    static String text(String classpathResource) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing resource " + classpathResource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema name (file name without .json) to parsed schema, for every file of a folder. */
    static Map<String, JsonNode> schemasIn(Path folder) {
        Map<String, JsonNode> schemas = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".json")).forEach(f -> {
                try {
                    schemas.put(f.getFileName().toString().replaceFirst("\\.json$", ""),
                            MAPPER.readTree(f.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }
}
