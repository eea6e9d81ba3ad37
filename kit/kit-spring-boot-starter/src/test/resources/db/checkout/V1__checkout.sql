-- The checkout test service: what each participant applied, one row per order, so a double
-- application shows as a count above 1.
CREATE TABLE checkout_effects (
    order_id   text NOT NULL,
    effect     text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
