-- The order service's own tables. The kit's (outbox, inbox, sagas) migrate after these, in
-- history tables of their own.

-- The catalogue read model, fed by inventory.product-updated; "updated" is the event's time, so
-- an older announcement never overwrites a newer one.
CREATE TABLE products (
    sku         text PRIMARY KEY,
    name        text NOT NULL,
    price_cents bigint NOT NULL CHECK (price_cents >= 0),
    updated     timestamptz NOT NULL
);

CREATE TABLE orders (
    id                  uuid PRIMARY KEY,
    user_id             text NOT NULL,
    status              text NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'CANCELLED')),
    cancellation_reason text CHECK (cancellation_reason IN ('PAYMENT_DECLINED', 'OUT_OF_STOCK')),
    total_cents         bigint NOT NULL CHECK (total_cents >= 1),
    idempotency_key     text,
    request_fingerprint text,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL)),
    CHECK ((idempotency_key IS NULL) = (request_fingerprint IS NULL)),
    -- One order per customer and key; NULL keys never collide.
    UNIQUE (user_id, idempotency_key)
);

CREATE INDEX orders_of_user ON orders (user_id, created_at DESC);

CREATE TABLE order_lines (
    order_id         uuid NOT NULL REFERENCES orders (id),
    sku              text NOT NULL,
    quantity         integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
    unit_price_cents bigint NOT NULL CHECK (unit_price_cents >= 1),
    PRIMARY KEY (order_id, sku)
);
