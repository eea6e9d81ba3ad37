package dev.eventline.inventory;

/** A product as a search shows it: what it is, what it costs and how many can still be ordered. */
public record CatalogueItem(String sku, String name, long priceCents, int available) {}
