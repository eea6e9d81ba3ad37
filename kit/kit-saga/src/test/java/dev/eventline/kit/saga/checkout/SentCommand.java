package dev.eventline.kit.saga.checkout;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A command as it waits in the outbox: topic, CloudEvents type, payload and origin. */
public record SentCommand(
    String topic,
    String type,
    String subject,
    JsonNode payload,
    String correlationId,
    Optional<String> causationId) {}
