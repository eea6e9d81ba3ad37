package dev.eventline.cli.demo;

import java.util.UUID;

/** A planned order the order service accepted, with the id it gave it. */
record PlacedOrder(PlannedOrder planned, UUID orderId) {}
