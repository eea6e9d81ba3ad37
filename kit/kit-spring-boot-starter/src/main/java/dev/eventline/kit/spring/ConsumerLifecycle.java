package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.consumer.EventConsumer;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One consumer of one set of handlers, on a thread of its own while the application runs. A poll
 * that fails (the broker would not take a dead letter) is retried after a pause, from the first
 * record not done.
 */
final class ConsumerLifecycle implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(ConsumerLifecycle.class);
  private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

  private final String name;
  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> deadLetterProducer;
  private final EventConsumer events;
  private final Set<String> topics;
  private final Duration pollTimeout;
  private volatile boolean running;
  private Thread worker;

  ConsumerLifecycle(
      String name,
      Consumer<byte[], byte[]> consumer,
      Producer<byte[], byte[]> deadLetterProducer,
      EventConsumer events,
      Set<String> topics,
      Duration pollTimeout) {
    this.name = name;
    this.consumer = consumer;
    this.deadLetterProducer = deadLetterProducer;
    this.events = events;
    this.topics = topics;
    this.pollTimeout = pollTimeout;
  }

  @Override
  public synchronized void start() {
    running = true;
    worker = Thread.ofPlatform().name("eventline-consumer-" + name).start(this::run);
  }

  @Override
  public void stop() {
    Thread thread;
    synchronized (this) {
      running = false;
      thread = worker;
    }
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deadLetterProducer.close();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    try (consumer) {
      consumer.subscribe(topics);
      while (running) {
        try {
          events.pollOnce(pollTimeout);
        } catch (WakeupException e) {
          // stop() asked the poll to return
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (RuntimeException e) {
          log.error("consumer {} failed a poll; retrying from the first record not done", name, e);
          Thread.sleep(PAUSE_AFTER_FAILURE);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
