package dev.eventline.kit.spring.checkout;

import java.util.List;

/** The checkout saga's data. */
public record Checkout(String orderId, long cents, List<String> items, String address) {}
