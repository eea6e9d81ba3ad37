package dev.eventline.cli.demo;

import java.time.Instant;
import java.util.List;

/**
 * What placing the workload's orders came to.
 *
 * @param refused one line for each order the API never accepted
 * @param lastPost when the last order was accepted or refused
 */
record Placement(List<PlacedOrder> placed, List<String> refused, Instant lastPost) {}
