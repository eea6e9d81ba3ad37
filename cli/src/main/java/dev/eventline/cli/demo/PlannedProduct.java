package dev.eventline.cli.demo;

/**
 * A product the demo puts in the catalogue.
 *
 * @param limited true for the one product with too little stock for the orders aimed at it
 */
public record PlannedProduct(
    String sku, String name, String description, long priceCents, int stock, boolean limited) {}
