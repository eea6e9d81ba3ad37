package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.SagaState;
import java.time.Duration;
import java.util.List;

/** How one simulated instance ended, what it cost, and what it broke. */
record InstanceOutcome(
    SagaState state,
    Counts counts,
    Duration lasted,
    List<Violation> violations,
    List<String> trace) {}
