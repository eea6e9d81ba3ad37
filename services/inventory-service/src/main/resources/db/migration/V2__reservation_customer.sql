-- The customer whose order a reservation is, so that GET /api/reservations/{orderId} shows it to
-- them alone. ReserveStock names them since this column exists; it stays NULL for reservations of
-- commands sent before, which only administrators see, and for a release that came before its
-- reservation, until that reservation arrives and names them.
ALTER TABLE stock_reservations
    ADD COLUMN user_id text,
    ADD CONSTRAINT stock_reservations_user_not_blank CHECK (btrim(user_id) <> '');
