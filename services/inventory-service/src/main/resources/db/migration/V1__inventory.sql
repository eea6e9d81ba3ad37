-- The inventory's own tables. The kit's outbox and inbox migrate after these, in a history table
-- of their own (eventline_schema_history).

-- A product of the catalogue with its stock: `stock` as the administrator last set it, `reserved`
-- the sum of the lines of every RESERVED reservation. available = stock - reserved, never below 0.
CREATE TABLE products (
    sku             text        PRIMARY KEY,
    name            text        NOT NULL,
    description     text        NOT NULL,
    price_cents     bigint      NOT NULL,
    stock           integer     NOT NULL,
    reserved        integer     NOT NULL DEFAULT 0,
    -- What full-text search looks in: the name weighs more than the description.
    search_document tsvector    GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', name), 'A')
                        || setweight(to_tsvector('english', description), 'B')) STORED,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT products_sku_shape CHECK (sku ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    CONSTRAINT products_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT products_price_at_least_one_cent CHECK (price_cents >= 1),
    CONSTRAINT products_stock_not_negative CHECK (stock >= 0),
    CONSTRAINT products_reserved_not_negative CHECK (reserved >= 0),
    CONSTRAINT products_available_not_negative CHECK (reserved <= stock)
);

CREATE INDEX products_search_document ON products USING gin (search_document);

-- The one reservation of each order the inventory heard of; the primary key makes it at most one.
CREATE TABLE stock_reservations (
    order_id        uuid        PRIMARY KEY,
    status          text        NOT NULL,
    -- Why a FAILED reservation got nothing, so that a repeated command gets the same answer.
    short_sku       text,
    short_requested integer,
    short_available integer,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT stock_reservations_status
        CHECK (status IN ('RESERVED', 'RELEASED', 'FAILED', 'RELEASED_BEFORE_RESERVED')),
    CONSTRAINT stock_reservations_shortage_when_failed CHECK (
        (status = 'FAILED') = (short_sku IS NOT NULL AND short_requested IS NOT NULL
                               AND short_available IS NOT NULL)),
    CONSTRAINT stock_reservations_shortage_is_short CHECK (
        short_available IS NULL OR (short_available >= 0 AND short_available < short_requested))
);

-- What a RESERVED (or since RELEASED) order holds, line by line in the order's order.
CREATE TABLE stock_reservation_lines (
    order_id    uuid     NOT NULL REFERENCES stock_reservations (order_id),
    line_number smallint NOT NULL,
    sku         text     NOT NULL REFERENCES products (sku),
    quantity    integer  NOT NULL,
    PRIMARY KEY (order_id, line_number),
    CONSTRAINT stock_reservation_lines_one_per_sku UNIQUE (order_id, sku),
    CONSTRAINT stock_reservation_lines_quantity_positive CHECK (quantity >= 1)
);
