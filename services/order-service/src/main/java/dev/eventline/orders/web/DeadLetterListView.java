package dev.eventline.orders.web;

import java.util.List;

/** The body of {@code GET /api/admin/dead-letters}: oldest failure first. */
record DeadLetterListView(List<DeadLetterView> deadLetters) {}
