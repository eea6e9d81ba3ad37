package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.outbox.OutboxRelay;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the outbox relay while the application runs; stops it before the producer closes (the
 * producer is a bean, closed after every lifecycle stopped).
 */
final class RelayLifecycle implements SmartLifecycle {
  private final OutboxRelay relay;
  private volatile boolean running;

  RelayLifecycle(OutboxRelay relay) {
    this.relay = relay;
  }

  @Override
  public void start() {
    relay.start();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    try {
      relay.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
