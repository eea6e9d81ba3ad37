package dev.eventline.kit.saga.engine;

import dev.eventline.kit.saga.store.DueDeadline;
import dev.eventline.kit.saga.store.SagaConflictException;
import dev.eventline.kit.saga.store.SagaStore;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires saga deadlines: scans the stored deadlines that have passed, earliest first, and gives each
 * to {@link SagaEngine#onTimeout} in a transaction of its own. Deadlines live in the instance
 * table, so they survive restarts: a new process fires what the old one left due.
 *
 * <p>Each instance is locked without waiting before it is timed out, so several schedulers (one per
 * service instance) share the work; one that finds a saga moved or taken skips it, and a failure is
 * logged and tried again at the next scan.
 *
 * <pre>{@code
 * SagaDeadlines deadlines = new SagaDeadlines(engine, transactions, clock, DeadlineSettings.DEFAULT);
 * deadlines.start();  // ... deadlines.close() on shutdown
 * }</pre>
 */
public final class SagaDeadlines implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SagaDeadlines.class);

  private final SagaEngine engine;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final DeadlineSettings settings;
  private final SagaStore store = new SagaStore();
  private final Object sleep = new Object();
  private volatile boolean running;
  private Thread thread;

  public SagaDeadlines(
      SagaEngine engine, TransactionRunner transactions, Clock clock, DeadlineSettings settings) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Starts polling on a thread of its own. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("the deadline scheduler is started already");
    }
    running = true;
    thread = Thread.ofPlatform().name("eventline-saga-deadlines").daemon().start(this::poll);
  }

  /**
   * One scan: fires up to a batch of the deadlines due now; returns how many moved a saga. Tests
   * call it directly, with a clock they control.
   */
  public int fireDue() throws SQLException {
    return scan().fired();
  }

  /** Stops polling, after the transaction in progress, if any. */
  @Override
  public void close() {
    Thread stopping;
    synchronized (this) {
      running = false;
      stopping = thread;
      thread = null;
    }
    if (stopping == null) {
      return;
    }
    synchronized (sleep) {
      sleep.notifyAll();
    }
    try {
      stopping.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void poll() {
    while (running) {
      Scan scan;
      try {
        scan = scan();
      } catch (SQLException | RuntimeException e) {
        log.warn("scanning saga deadlines failed; trying again in {}", settings.pollInterval(), e);
        scan = new Scan(0, 0);
      }
      // A full batch that made progress means more may be due: go on without waiting.
      if (scan.due() < settings.batchSize() || scan.fired() == 0) {
        pause();
      }
    }
  }

  private Scan scan() throws SQLException {
    List<DueDeadline> due =
        transactions.inTransaction(
            connection -> store.due(connection, clock.instant(), settings.batchSize()));
    int fired = 0;
    for (DueDeadline deadline : due) {
      if (fire(deadline)) {
        fired++;
      }
    }
    return new Scan(due.size(), fired);
  }

  private boolean fire(DueDeadline due) {
    try {
      return transactions.inTransaction(
          transaction ->
              store.claim(transaction, due)
                  && engine
                      .onTimeout(transaction, due.sagaId(), due.deadline())
                      .map(transition -> transition.acted())
                      .orElse(false));
    } catch (SagaConflictException e) {
      log.debug("saga {} moved before its deadline {} fired", due.sagaId(), due.deadline());
      return false;
    } catch (SQLException | RuntimeException e) {
      log.warn(
          "saga {}: its deadline {} failed to fire; it is tried again at the next scan",
          due.sagaId(),
          due.deadline(),
          e);
      return false;
    }
  }

  private void pause() {
    synchronized (sleep) {
      if (running) {
        try {
          sleep.wait(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
    }
  }

  private record Scan(int due, int fired) {}
}
