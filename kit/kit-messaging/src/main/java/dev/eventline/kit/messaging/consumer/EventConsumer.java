package dev.eventline.kit.messaging.consumer;

import dev.eventline.kit.audit.AuditLog;
import dev.eventline.kit.audit.AuditRecord;
import dev.eventline.kit.audit.Slf4jAuditLog;
import dev.eventline.kit.messaging.InvalidPayloadException;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignatureVerifier;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.UndecodableEventException;
import dev.eventline.kit.messaging.Verification;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.deadletter.FailureReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes records from a Kafka consumer (auto-commit off) to an {@link EventHandler}: decode, verify
 * the signature, handle with retries, and dead-letter what cannot succeed. Offsets are committed
 * after each polled batch is done, so a crash redelivers at most that batch (the inbox skips what
 * was applied).
 *
 * <p>With more than one record per transaction, the verified records of a poll go to {@link
 * EventHandler#handleAll} in groups of that size: one commit for many effects. A group with a
 * record that does not decode or verify, or whose handling fails, is taken one record at a time
 * instead, exactly as with one record per transaction, so a poison record still reaches its dead
 * letter after its own attempts and never holds up the others.
 *
 * <p>A record that does not decode or whose signature is refused (unsigned, a key that is not one
 * of its source's, altered in flight) has no effect: it gets an {@link AuditRecord} ({@code
 * EVENT_SIGNATURE}, {@code DENIED}), then goes to its dead-letter topic. The audit record comes
 * first: if it cannot be stored the poll fails and the record comes back, so a refused event is
 * never dead-lettered without its audit record.
 */
public final class EventConsumer {
  private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> deadLetterProducer;
  private final KafkaEventCodec codec;
  private final SignatureVerifier verifier;
  private final DeadLetters deadLetters;
  private final RetryPolicy retry;
  private final EventHandler handler;
  private final int recordsPerTransaction;
  private final ConsumerMetrics metrics;
  private final RefusalAudit refusals;

  /**
   * How a consumer batches, measures and audits; {@link #DEFAULTS}: one record per transaction, no
   * metrics, refusals audited on the log only ({@link Slf4jAuditLog}).
   *
   * @param recordsPerTransaction how many verified records at a time go to {@link
   *     EventHandler#handleAll}, which must apply them all or nothing
   * @param metrics lag, throughput, latency, retries and dead letters
   * @param audit where every record refused for its signature, or for not decoding, is recorded
   *     (the service's {@link dev.eventline.kit.audit.JdbcAuditLog})
   */
  public record Options(int recordsPerTransaction, ConsumerMetrics metrics, AuditLog audit) {
    public static final Options DEFAULTS =
        new Options(1, ConsumerMetrics.NONE, new Slf4jAuditLog());

    public Options {
      if (recordsPerTransaction < 1) {
        throw new IllegalArgumentException(
            "recordsPerTransaction must be 1 or more, not " + recordsPerTransaction);
      }
      Objects.requireNonNull(metrics, "metrics");
      Objects.requireNonNull(audit, "audit");
    }

    public Options withRecordsPerTransaction(int records) {
      return new Options(records, metrics, audit);
    }

    public Options withMetrics(ConsumerMetrics reported) {
      return new Options(recordsPerTransaction, reported, audit);
    }

    public Options withAudit(AuditLog recorded) {
      return new Options(recordsPerTransaction, metrics, recorded);
    }
  }

  /** A consumer with the {@link Options#DEFAULTS}: one record per transaction. */
  public EventConsumer(
      Consumer<byte[], byte[]> consumer,
      Producer<byte[], byte[]> deadLetterProducer,
      KafkaEventCodec codec,
      SignatureVerifier verifier,
      DeadLetters deadLetters,
      RetryPolicy retry,
      EventHandler handler) {
    this(
        consumer,
        deadLetterProducer,
        codec,
        verifier,
        deadLetters,
        retry,
        handler,
        Options.DEFAULTS);
  }

  /** A consumer that batches, measures and audits as {@code options} say. */
  public EventConsumer(
      Consumer<byte[], byte[]> consumer,
      Producer<byte[], byte[]> deadLetterProducer,
      KafkaEventCodec codec,
      SignatureVerifier verifier,
      DeadLetters deadLetters,
      RetryPolicy retry,
      EventHandler handler,
      Options options) {
    this.recordsPerTransaction = options.recordsPerTransaction();
    this.consumer = consumer;
    this.deadLetterProducer = deadLetterProducer;
    this.codec = codec;
    this.verifier = verifier;
    this.deadLetters = deadLetters;
    this.retry = retry;
    this.handler = handler;
    this.metrics = options.metrics();
    this.refusals = new RefusalAudit(options.audit());
  }

  /**
   * Polls once, processes every record, commits; returns how many records it took. If processing
   * fails part way (a dead letter the broker would not take), what was done is committed and the
   * consumer seeks back to the first record not done, so the next poll starts there.
   */
  public int pollOnce(Duration timeout) throws InterruptedException {
    ConsumerRecords<byte[], byte[]> records = consumer.poll(timeout);
    long polledAt = System.nanoTime();
    metrics.polled(consumer);
    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    List<ConsumerRecord<byte[], byte[]>> completed = new ArrayList<>(records.count());
    boolean finished = false;
    try {
      List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>(records.count());
      records.forEach(all::add);
      for (int from = 0; from < all.size(); from += recordsPerTransaction) {
        List<ConsumerRecord<byte[], byte[]>> group =
            all.subList(from, Math.min(all.size(), from + recordsPerTransaction));
        if (group.size() < 2 || !handledTogether(group)) {
          for (ConsumerRecord<byte[], byte[]> record : group) {
            process(record);
            markDone(done, record);
            completed.add(record);
          }
        } else {
          group.forEach(record -> markDone(done, record));
          completed.addAll(group);
        }
      }
      finished = true;
    } finally {
      if (!done.isEmpty()) {
        consumer.commitSync(done);
        metrics.done(completed, polledAt);
      }
      if (!finished) {
        for (TopicPartition partition : records.partitions()) {
          OffsetAndMetadata next = done.get(partition);
          consumer.seek(
              partition,
              next != null ? next.offset() : records.records(partition).getFirst().offset());
        }
      }
    }
    return records.count();
  }

  private static void markDone(
      Map<TopicPartition, OffsetAndMetadata> done, ConsumerRecord<byte[], byte[]> record) {
    done.put(
        new TopicPartition(record.topic(), record.partition()),
        new OffsetAndMetadata(record.offset() + 1));
  }

  /**
   * Handles a group of records in one call when every one of them decodes and verifies; false
   * (nothing applied: the handler rolled back) when one does not or the handling failed.
   */
  private boolean handledTogether(List<ConsumerRecord<byte[], byte[]>> group)
      throws InterruptedException {
    List<SignedEvent> events = new ArrayList<>(group.size());
    for (ConsumerRecord<byte[], byte[]> record : group) {
      SignedEvent event;
      try {
        event = codec.decode(record);
      } catch (UndecodableEventException e) {
        return false;
      }
      if (!(verifier.verify(event) instanceof Verification.Verified)) {
        return false;
      }
      events.add(event);
    }
    try {
      handler.handleAll(events);
      return true;
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      log.debug("a group of {} events failed together; handling them one by one", events.size(), e);
      return false;
    }
  }

  private void process(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
    SignedEvent event;
    try {
      event = codec.decode(record);
    } catch (UndecodableEventException e) {
      refusals.undecodable(record, e);
      deadLetter(record, FailureReason.UNDECODABLE, e, 1);
      return;
    }
    if (verifier.verify(event) instanceof Verification.Rejected rejected) {
      refusals.rejected(record, event, rejected);
      deadLetter(
          record,
          FailureReason.BAD_SIGNATURE,
          new SecurityException(rejected.reason() + ": " + rejected.detail()),
          1);
      return;
    }
    handleWithRetries(record, event);
  }

  private void handleWithRetries(ConsumerRecord<byte[], byte[]> record, SignedEvent event)
      throws InterruptedException {
    RetryPolicy policy = handler.retryPolicyFor(event.attributes()).orElse(retry);
    for (int attempt = 1; ; attempt++) {
      try {
        handler.handle(event);
        return;
      } catch (BusinessRejection e) {
        metrics.failed(record.topic(), false);
        deadLetter(record, FailureReason.BUSINESS_REJECTION, e, attempt);
        return;
      } catch (InvalidPayloadException e) {
        metrics.failed(record.topic(), false);
        deadLetter(record, FailureReason.SCHEMA_INVALID, e, attempt);
        return;
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        boolean retried = attempt < policy.attempts();
        metrics.failed(record.topic(), retried);
        if (!retried) {
          deadLetter(record, FailureReason.RETRIES_EXHAUSTED, e, attempt);
          return;
        }
        log.info(
            "event {} failed attempt {} of {}: {}",
            event.attributes().id(),
            attempt,
            policy.attempts(),
            e.toString());
        TimeUnit.MILLISECONDS.sleep(policy.backoffAfter(attempt).toMillis());
      }
    }
  }

  /** Sends the dead letter and waits for the broker: the offset is committed only after that. */
  private void deadLetter(
      ConsumerRecord<byte[], byte[]> record, FailureReason reason, Exception cause, int attempts)
      throws InterruptedException {
    try {
      deadLetterProducer
          .send(deadLetters.record(record, reason, cause, attempts))
          .get(2, TimeUnit.MINUTES);
      metrics.deadLettered(record.topic(), reason);
    } catch (ExecutionException | TimeoutException e) {
      // Not acknowledged: fail the poll so the record is redelivered rather than lost.
      throw new IllegalStateException(
          "cannot dead-letter " + record.topic() + "-" + record.partition() + "@" + record.offset(),
          e);
    }
  }
}
