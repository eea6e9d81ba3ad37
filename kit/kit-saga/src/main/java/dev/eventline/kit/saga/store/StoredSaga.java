package dev.eventline.kit.saga.store;

import dev.eventline.kit.saga.SagaState;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A saga instance as its row says, whatever its type: its data stays JSON, so operators can list
 * instances of every saga (even of a version this service no longer defines) without decoding it.
 * The engine decodes the data with {@link SagaStore#decode} once it knows the definition.
 */
public record StoredSaga(
    UUID id,
    String type,
    int definitionVersion,
    SagaState state,
    String step,
    int attempt,
    JsonNode data,
    String correlationId,
    long lockVersion,
    Optional<Instant> deadline,
    Instant createdAt,
    Instant updatedAt,
    Instant stepStartedAt) {}
