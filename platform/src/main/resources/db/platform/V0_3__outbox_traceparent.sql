-- W3C trace context of the business transaction that wrote the event: the relay sends it as the Kafka record's
-- traceparent header, so consumers continue the same trace (io.connect.platform.tracing.EventTracing).
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
