package dev.eventline.orders;

/** A line as the customer asks for it: a sku and how many, no price. */
public record RequestedItem(String sku, int quantity) {}
