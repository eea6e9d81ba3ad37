package dev.eventline.cli.client;

/** The body of {@code PUT /api/admin/products/{sku}}: what the product is and its stock on hand. */
public record ProductChange(String name, String description, long priceCents, int stock) {}
