-- The transactional outbox: rows written in the same transaction as the state change they announce,
-- published to Kafka by the relay and deleted once the broker has acknowledged them.
CREATE TABLE IF NOT EXISTS eventline_outbox (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- hash(record_key) mod the relay's partition count: one relay at a time publishes a partition,
    -- in id order, which keeps each key's events in order.
    partition_no smallint    NOT NULL,
    topic        text        NOT NULL,
    record_key   text        NOT NULL,
    headers      bytea       NOT NULL,
    payload      bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX IF NOT EXISTS eventline_outbox_by_partition ON eventline_outbox (partition_no, id);
