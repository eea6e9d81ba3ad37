-- The sample shop's own tables; its V1 lives beside the kit's V1 (which Flyway keeps in
-- eventline_schema_history).
CREATE TABLE shop_orders (
    order_id    text PRIMARY KEY,
    total_cents bigint NOT NULL
);

-- No key on purpose: a payment applied twice would show as two rows.
CREATE TABLE shop_payments (
    order_id     text   NOT NULL,
    amount_cents bigint NOT NULL
);
