package dev.eventline.inventory;

/** A product of the catalogue with its stock, as the administrator last set them. */
public record StockedProduct(Product product, Stock stock) {}
