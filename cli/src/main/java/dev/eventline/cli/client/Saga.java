package dev.eventline.cli.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A saga instance as {@code /api/admin/sagas} shows it. A listing leaves {@code history} out (it is
 * empty then); {@code GET /api/admin/sagas/{id}} fills it, oldest line first.
 *
 * @param deadline null when nothing is awaited
 */
public record Saga(
    UUID sagaId,
    String type,
    int definitionVersion,
    SagaState state,
    String step,
    int attempt,
    String correlationId,
    Instant createdAt,
    Instant updatedAt,
    Instant deadline,
    List<SagaHistoryLine> history) {

  public Saga {
    history = history == null ? List.of() : List.copyOf(history);
  }

  public Optional<Instant> nextDeadline() {
    return Optional.ofNullable(deadline);
  }
}
