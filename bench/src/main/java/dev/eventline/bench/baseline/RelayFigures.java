package dev.eventline.bench.baseline;

import java.time.Duration;

/**
 * What one relay did in the {@link RelayComparison}.
 *
 * @param relay which relay
 * @param backlog rows waiting in the outbox when the relay started
 * @param drainTime from the relay's start until every backlog row was on the topic and gone from
 *     the relay's to-do (deleted or marked processed)
 * @param drainRowsPerSecond {@code backlog} over {@code drainTime}
 * @param writeRate rows per second the writer committed in the latency run (the target, unless the
 *     machine could not keep up)
 * @param latency from the return of a row's commit to the arrival of its record at a consumer,
 *     which follows the broker's acknowledgement by one fetch (about a millisecond on one machine)
 * @param delivery what the topic held afterwards, both runs together
 */
public record RelayFigures(
    Relay relay,
    int backlog,
    Duration drainTime,
    double drainRowsPerSecond,
    double writeRate,
    LatencyPercentiles latency,
    Delivery delivery) {}
