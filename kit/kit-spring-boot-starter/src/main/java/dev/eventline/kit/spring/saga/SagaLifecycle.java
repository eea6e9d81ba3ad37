package dev.eventline.kit.spring.saga;

import dev.eventline.kit.saga.engine.SagaDeadlines;
import dev.eventline.kit.saga.engine.SagaEngine;
import dev.eventline.kit.saga.engine.TransactionRunner;
import dev.eventline.kit.saga.operations.SagaGauges;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.context.SmartLifecycle;

/**
 * Refuses to start while stored sagas follow a version with no definition; then fires deadlines and
 * refreshes the gauges while the application runs.
 */
final class SagaLifecycle implements SmartLifecycle {
  private final SagaEngine engine;
  private final TransactionRunner transactions;
  private final SagaDeadlines deadlines;
  private final Optional<SagaGauges> gauges;
  private volatile boolean running;

  SagaLifecycle(
      SagaEngine engine,
      TransactionRunner transactions,
      SagaDeadlines deadlines,
      Optional<SagaGauges> gauges) {
    this.engine = engine;
    this.transactions = transactions;
    this.deadlines = deadlines;
    this.gauges = gauges;
  }

  @Override
  public void start() {
    try {
      transactions.inTransaction(
          connection -> {
            engine.verifyStoredVersions(connection);
            return null;
          });
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check the stored sagas' versions", e);
    }
    deadlines.start();
    gauges.ifPresent(SagaGauges::start);
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    deadlines.close();
    gauges.ifPresent(SagaGauges::close);
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
