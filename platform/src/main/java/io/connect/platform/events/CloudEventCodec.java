package io.connect.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads and writes CloudEvents with the application's Jackson configuration (ISO-8601 dates, snake_case as the data classes say). */
@ApplicationScoped
public class CloudEventCodec {

    @Inject
    ObjectMapper mapper;

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be serialised: " + event.type(), e);
        }
    }

    public CloudEvent read(String json) {
        try {
            CloudEvent event = mapper.readValue(json, CloudEvent.class);
            if (event.id() == null || event.type() == null) {
                throw new MalformedEventException("CloudEvent without id or type");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a CloudEvent in JSON: " + e.getOriginalMessage());
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("data of " + event.type() + " does not match " + type.getSimpleName()
                    + ": " + e.getOriginalMessage());
        }
    }

    public com.fasterxml.jackson.databind.JsonNode toTree(Object data) {
        return mapper.valueToTree(data);
    }

    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
