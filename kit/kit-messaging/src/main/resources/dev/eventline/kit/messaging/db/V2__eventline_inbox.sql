-- The idempotent inbox: one row per event a consumer group has applied, written in the same
-- transaction as the event's effect, so an effect and its record commit or roll back together.
CREATE TABLE IF NOT EXISTS eventline_inbox (
    consumer_group text        NOT NULL,
    event_id       uuid        NOT NULL,
    received_at    timestamptz NOT NULL,
    PRIMARY KEY (consumer_group, event_id)
);

-- Pruning deletes by age.
CREATE INDEX IF NOT EXISTS eventline_inbox_by_age ON eventline_inbox (received_at);
