package dev.eventline.cli.demo;

/** How many orders of a plan should complete, be declined and run out of stock. */
public record ExpectedOutcomes(int completed, int declined, int outOfStock) {}
