package dev.eventline.cli.client;

/** One line of an order to place: a sku and how many; the server prices it. */
public record OrderLine(String sku, int quantity) {}
