package io.connect.cpo.domain.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Nine stations in and around Worms (the seed's EVA Charge station among them), kept in network/default.json. */
@ApplicationScoped
public class DefaultNetworkSource implements NetworkSource {

    static final String RESOURCE = "network/default.json";

    private final ObjectMapper mapper;

    DefaultNetworkSource(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "default";
    }

    @Override
    public Network load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return mapper.readValue(in, Network.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
