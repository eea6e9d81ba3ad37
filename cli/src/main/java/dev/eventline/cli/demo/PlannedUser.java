package dev.eventline.cli.demo;

/**
 * A customer of the demo and what they deposit first.
 *
 * @param broke true when the deposit is smaller than the cheapest product, so that every order of
 *     theirs is declined
 */
public record PlannedUser(String userId, long depositCents, boolean broke) {}
