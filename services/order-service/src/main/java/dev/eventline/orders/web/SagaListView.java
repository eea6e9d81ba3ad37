package dev.eventline.orders.web;

import java.util.List;

/** The body of {@code GET /api/admin/sagas}: the instances asked for, oldest first. */
record SagaListView(List<SagaView> sagas) {}
