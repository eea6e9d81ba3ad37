package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.Saga;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** What every instance of one simulation shares: the saga, its world, and what goes wrong. */
record Setup<S extends Record>(
    Saga<S> saga,
    SagaShape shape,
    Function<UUID, S> data,
    Map<Class<?>, Participant<?>> participants,
    Faults faults,
    Optional<Duration> operator) {}
