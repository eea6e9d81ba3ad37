-- One row per saga instance: where it is (state and step by name, so a redeploy that reorders
-- code cannot move it), the definition version it follows, its data, and the deadline of what it
-- waits for. Every transition saves over the lock_version it loaded, so two concurrent deliveries
-- cannot both apply.
CREATE TABLE IF NOT EXISTS eventline_saga_instance (
    id                 uuid        PRIMARY KEY,
    type               text        NOT NULL,
    definition_version integer     NOT NULL,
    state              text        NOT NULL,
    step               text        NOT NULL,
    attempt            integer     NOT NULL,
    data               jsonb       NOT NULL,
    correlation_id     text        NOT NULL,
    lock_version       bigint      NOT NULL,
    deadline           timestamptz,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    step_started_at    timestamptz NOT NULL,
    CONSTRAINT eventline_saga_instance_state CHECK
        (state IN ('RUNNING', 'COMPENSATING', 'COMPLETED', 'COMPENSATED', 'COMPENSATION_FAILED'))
);

-- The deadline scheduler scans due deadlines in order; only waiting instances have one.
CREATE INDEX IF NOT EXISTS eventline_saga_instance_due
    ON eventline_saga_instance (deadline) WHERE deadline IS NOT NULL;

-- Operators list by type and state, oldest first.
CREATE INDEX IF NOT EXISTS eventline_saga_instance_by_type_state
    ON eventline_saga_instance (type, state, updated_at);

-- In-flight and stuck counts, and the startup version check, read unfinished instances only,
-- however many finished ones pile up.
CREATE INDEX IF NOT EXISTS eventline_saga_instance_unfinished
    ON eventline_saga_instance (updated_at) WHERE state NOT IN ('COMPLETED', 'COMPENSATED');

-- Append-only: every input that reached a saga, whether it moved it or was only recorded (a late
-- or duplicate reply, a stale deadline). seq orders one saga's lines.
CREATE TABLE IF NOT EXISTS eventline_saga_history (
    saga_id        uuid        NOT NULL REFERENCES eventline_saga_instance (id) ON DELETE CASCADE,
    seq            bigint      GENERATED ALWAYS AS IDENTITY,
    from_state     text,
    from_step      text,
    to_state       text        NOT NULL,
    to_step        text        NOT NULL,
    cause          text        NOT NULL,
    cause_event_id uuid,
    at             timestamptz NOT NULL,
    PRIMARY KEY (saga_id, seq)
);
