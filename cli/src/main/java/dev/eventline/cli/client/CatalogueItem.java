package dev.eventline.cli.client;

/** A product as a catalogue search shows it. */
public record CatalogueItem(String sku, String name, long priceCents, int available) {}
