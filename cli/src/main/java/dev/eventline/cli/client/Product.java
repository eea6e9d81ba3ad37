package dev.eventline.cli.client;

/**
 * A product as saved by {@code PUT /api/admin/products/{sku}}: {@code stock} on hand as set, of
 * which {@code reserved} are held for orders and {@code available} can still be ordered.
 */
public record Product(
    String sku,
    String name,
    String description,
    long priceCents,
    int stock,
    int reserved,
    int available) {}
