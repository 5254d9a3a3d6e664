package io.connect.station.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.connect.station.domain.Prices;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes each {@link Prices} instance as JSON once and copies that text afterwards. PricesCache hands the same
 * instance to every station priced by the same tariff (per CPO, zone and day), and writing a week of prices field by
 * field was most of a search page's JSON body (docs/benchmarks.md, stations). The text comes from Jackson's own
 * serializer for Prices with the same settings, so the body is byte for byte what it was without this class.
 */
@Singleton
public class PricesJson implements ObjectMapperCustomizer {

    /** Rendered texts kept (a network has few tariffs); cleared when it grows past this, as PricesCache is. */
    static final int MAX_ENTRIES = 10_000;

    @Override
    public void customize(ObjectMapper mapper) {
        JsonFactory factory = mapper.getFactory();
        mapper.registerModule(new SimpleModule("connect-prices-json").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                                                      JsonSerializer<?> serializer) {
                return bean.getBeanClass() == Prices.class
                        ? new RenderedOnce((JsonSerializer<Object>) serializer, factory) : serializer;
            }
        }));
    }

    /**
     * Keyed by identity: hashing a week of prices deeply would cost about what writing it does. The text is kept as a
     * SerializedString, whose UTF-8 bytes a JSON generator copies without encoding the characters again.
     */
    static final class RenderedOnce extends StdSerializer<Object> implements ResolvableSerializer, ContextualSerializer {

        private final JsonSerializer<Object> rendering;
        private final JsonFactory factory;
        private final Map<Object, SerializedString> texts = Collections.synchronizedMap(new IdentityHashMap<>());

        RenderedOnce(JsonSerializer<Object> rendering, JsonFactory factory) {
            super(Object.class);
            this.rendering = rendering;
            this.factory = factory;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen instanceof TokenBuffer || gen.getPrettyPrinter() != null) {
                rendering.serialize(value, gen, provider); // not a compact JSON text: no raw copy
                return;
            }
            SerializedString text = texts.get(value);
            if (text == null) {
                StringWriter out = new StringWriter(2048);
                try (JsonGenerator own = factory.createGenerator(out)) {
                    rendering.serialize(value, own, provider);
                }
                text = new SerializedString(out.toString()); // keeps its UTF-8 bytes once asked: copied as they are
                if (texts.size() >= MAX_ENTRIES) {
                    texts.clear();
                }
                texts.put(value, text);
            }
            gen.writeRawValue(text);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (rendering instanceof ResolvableSerializer r) {
                r.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (!(rendering instanceof ContextualSerializer c)) {
                return this;
            }
            JsonSerializer<Object> contextual = (JsonSerializer<Object>) c.createContextual(provider, property);
            return contextual == rendering ? this : new RenderedOnce(contextual, factory);
        }
    }
}
