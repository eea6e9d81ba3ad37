package dev.eventline.kit.saga.engine;

import dev.eventline.kit.saga.LocalAction;
import dev.eventline.kit.saga.SagaMachine;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each local action of one transition inside a savepoint of its transaction: an action that
 * throws leaves none of its writes behind, and the machine retries it later from a clean slate.
 */
final class SavepointRunner implements SagaMachine.LocalRunner {
  private static final Logger log = LoggerFactory.getLogger(SavepointRunner.class);

  private final Connection transaction;
  private final UUID sagaId;

  SavepointRunner(Connection transaction, UUID sagaId) {
    this.transaction = transaction;
    this.sagaId = sagaId;
  }

  @Override
  public <S extends Record> S run(LocalAction<S> action, S data) throws Exception {
    Savepoint savepoint = transaction.setSavepoint();
    Connection outer = LocalTransaction.enter(transaction);
    try {
      S result = action.apply(data);
      transaction.releaseSavepoint(savepoint);
      return result;
    } catch (Exception | Error e) {
      try {
        transaction.rollback(savepoint);
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      // The machine turns the failure into a retry or a compensation; the cause is told here.
      log.warn("saga {}: a local action failed, its writes were rolled back", sagaId, e);
      throw e;
    } finally {
      LocalTransaction.leave(outer);
    }
  }

  /** An end action needs no savepoint: if it throws, the whole transition rolls back. */
  @Override
  public <S extends Record> S runEnd(LocalAction<S> action, S data) throws Exception {
    Connection outer = LocalTransaction.enter(transaction);
    try {
      return action.apply(data);
    } finally {
      LocalTransaction.leave(outer);
    }
  }
}
