package dev.eventline.kit.saga.store;

import java.util.UUID;

/**
 * Another transaction moved the saga since this one loaded it: nothing of this transition may
 * commit. Roll the transaction back and deliver the input again; it then meets the saga as it is
 * now (where a duplicate is only recorded). A consumer's retry policy does exactly that.
 */
public final class SagaConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final UUID sagaId;

  public SagaConflictException(UUID sagaId, long loadedVersion) {
    super(
        "saga "
            + sagaId
            + " moved since it was loaded at lock version "
            + loadedVersion
            + ": roll back and deliver again");
    this.sagaId = sagaId;
  }

  public UUID sagaId() {
    return sagaId;
  }
}
