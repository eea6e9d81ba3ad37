-- The payment service's own tables. The kit's outbox and inbox live beside them, migrated in a
-- history table of their own (eventline_schema_history), so this V1 never collides with theirs.

-- One wallet per user, opened by the first deposit. The CHECK is the last line of the money
-- invariant: whatever the code does, no transaction can commit a balance below zero.
CREATE TABLE wallets (
    user_id       text        PRIMARY KEY,
    balance_cents bigint      NOT NULL CHECK (balance_cents >= 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- One row per idempotency key a user deposited under: a key is used once, for one amount.
CREATE TABLE deposits (
    user_id         text        NOT NULL,
    idempotency_key text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    amount_cents    bigint      NOT NULL CHECK (amount_cents >= 1),
    deposited_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, idempotency_key)
);

-- One payment per order: the key is what makes a charge, and a refund, happen at most once. VOIDED
-- is a refund that came before any charge; a charge arriving after it is refused.
CREATE TABLE payments (
    order_id     uuid        PRIMARY KEY,
    user_id      text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('CHARGED', 'DECLINED', 'REFUNDED', 'VOIDED')),
    amount_cents bigint      NOT NULL CHECK (amount_cents >= 1),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX payments_by_user ON payments (user_id);
