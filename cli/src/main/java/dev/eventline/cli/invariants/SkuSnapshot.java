package dev.eventline.cli.invariants;

/**
 * A product's stock: what the administrator set (the stock in the answer to the last {@code PUT})
 * and what the catalogue says is available now.
 */
public record SkuSnapshot(String sku, int stockSet, int available) {}
