package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.inbox.Inbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Deletes inbox records older than the retention, every prune interval. */
final class InboxPruning implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(InboxPruning.class);

  private final Inbox inbox;
  private final DataSource dataSource;
  private final Duration retention;
  private final Duration interval;
  private ScheduledExecutorService scheduler;

  InboxPruning(Inbox inbox, DataSource dataSource, Duration retention, Duration interval) {
    this.inbox = inbox;
    this.dataSource = dataSource;
    this.retention = retention;
    this.interval = interval;
  }

  @Override
  public synchronized void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable ->
                Thread.ofPlatform().name("eventline-inbox-pruning").daemon().unstarted(runnable));
    scheduler.scheduleWithFixedDelay(
        this::prune, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    scheduler.shutdownNow();
    scheduler = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }

  private void prune() {
    try (Connection connection = dataSource.getConnection()) {
      int pruned = inbox.prune(connection, retention);
      log.debug("pruned {} inbox records older than {}", pruned, retention);
    } catch (SQLException | RuntimeException e) {
      log.warn("inbox pruning failed; trying again in {}", interval, e);
    }
  }
}
