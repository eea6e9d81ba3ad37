package dev.eventline.kit.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The lines written to the {@code eventline.audit} logger while it is open. */
public final class AuditLines implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);
  private final Level levelBefore = logger.getLevel();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public AuditLines() {
    logger.setLevel(Level.INFO);
    appender.start();
    logger.addAppender(appender);
  }

  /** Every line so far, as it would be printed. */
  public List<ILoggingEvent> lines() {
    return List.copyOf(appender.list);
  }

  /** The messages of every line so far. */
  public List<String> messages() {
    return lines().stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(levelBefore);
  }
}
