-- The audit log: one row per security decision and admin action (who, what, on what, outcome, why,
-- when). Rows are only ever added: the trigger below refuses UPDATE, DELETE and TRUNCATE, whoever
-- asks, so neither a bug nor a compromised service account can rewrite what happened. (The table's
-- owner can still drop the trigger: that is DDL, and shows in the database's own log.)
CREATE TABLE IF NOT EXISTS eventline_audit_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recorded_at    timestamptz NOT NULL,
    -- a token's sub, 'anonymous', or the source and key id an event claims
    actor          text        NOT NULL,
    -- AUTHENTICATION, AUTHORIZATION, ADMIN_ACTION, EVENT_SIGNATURE, RATE_LIMIT, REQUEST_REFUSED
    action         text        NOT NULL,
    -- 'METHOD /path' of a request, 'topic-partition@offset event <id>' of an event
    target         text        NOT NULL,
    -- ALLOWED, DENIED, SUCCEEDED, FAILED
    outcome        text        NOT NULL,
    reason         text        NOT NULL,
    correlation_id text
);

CREATE INDEX IF NOT EXISTS eventline_audit_log_by_time ON eventline_audit_log (recorded_at);

CREATE OR REPLACE FUNCTION eventline_audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'eventline_audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- FOR EACH STATEMENT, so that even a statement that would touch no row is refused.
CREATE OR REPLACE TRIGGER eventline_audit_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON eventline_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION eventline_audit_log_refuse_change();
