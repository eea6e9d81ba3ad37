package dev.eventline.kit.saga;

import dev.eventline.kit.messaging.consumer.TypedHandler;
import org.slf4j.MDC;

/**
 * Puts the saga being worked on in the logging MDC as {@code sagaId}, so that every line logged
 * meanwhile (by the engine, a step, or a participant handling the saga's command) names it, and
 * puts back what was there before when closed.
 *
 * <pre>{@code
 * EventHandlers.reading(payloads)
 *     .on(CHARGE_PAYMENT, SagaLogContext.command(payments::handle))   // a participant
 * }</pre>
 */
public final class SagaLogContext implements AutoCloseable {
  /** The MDC key, also a field of every structured log line. */
  public static final String SAGA_ID = "sagaId";

  private final String previous;

  private SagaLogContext(String sagaId) {
    this.previous = MDC.get(SAGA_ID);
    MDC.put(SAGA_ID, sagaId);
  }

  /** {@code sagaId} in the MDC until closed. */
  public static SagaLogContext of(Object sagaId) {
    return new SagaLogContext(sagaId.toString());
  }

  /**
   * A participant's handler of a saga command: the engine sends commands with the saga id as
   * subject, so the handler runs with that id in the MDC.
   */
  public static <T extends Record> TypedHandler<T> command(TypedHandler<T> handler) {
    return (command, attributes) -> {
      try (SagaLogContext saga = of(attributes.subject())) {
        handler.handle(command, attributes);
      }
    };
  }

  @Override
  public void close() {
    if (previous == null) {
      MDC.remove(SAGA_ID);
    } else {
      MDC.put(SAGA_ID, previous);
    }
  }
}
