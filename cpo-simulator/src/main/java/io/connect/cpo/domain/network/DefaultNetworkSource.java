package io.connect.cpo.domain.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
            NetworkFile file = mapper.readValue(in, NetworkFile.class);
            return new Network(new MapLocationBook(file.locations()), file.tariffs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    record NetworkFile(List<Location> locations, List<Tariff> tariffs) {
    }
}
