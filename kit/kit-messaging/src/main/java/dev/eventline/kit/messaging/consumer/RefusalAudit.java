package dev.eventline.kit.messaging.consumer;

import dev.eventline.kit.audit.AuditAction;
import dev.eventline.kit.audit.AuditLog;
import dev.eventline.kit.audit.AuditOutcome;
import dev.eventline.kit.audit.AuditRecord;
import dev.eventline.kit.messaging.EventSignature;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.UndecodableEventException;
import dev.eventline.kit.messaging.Verification;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The audit records of records the consumer refuses before they can have any effect: who they claim
 * to come from (source and key id, which nothing vouches for), where they are (topic, partition,
 * offset, event id), why, and the dead-letter topic they go to.
 */
final class RefusalAudit {
  private final AuditLog auditLog;

  RefusalAudit(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  void undecodable(ConsumerRecord<byte[], byte[]> record, UndecodableEventException failure) {
    refused(
        record,
        "unknown",
        "",
        "UNDECODABLE: " + failure.getMessage() + "; no signature could be checked",
        Optional.empty());
  }

  void rejected(
      ConsumerRecord<byte[], byte[]> record, SignedEvent event, Verification.Rejected rejected) {
    String claimedBy =
        event.attributes().source()
            + event
                .signature()
                .map(EventSignature::keyId)
                .map(id -> " key " + id)
                .orElse(" (unsigned)");
    refused(
        record,
        claimedBy,
        " event " + event.attributes().id(),
        rejected.reason() + ": " + rejected.detail(),
        Optional.of(event.attributes().correlationId()));
  }

  private void refused(
      ConsumerRecord<byte[], byte[]> record,
      String claimedBy,
      String event,
      String reason,
      Optional<String> correlationId) {
    auditLog.record(
        new AuditRecord(
            Instant.now(),
            claimedBy,
            AuditAction.EVENT_SIGNATURE,
            record.topic() + "-" + record.partition() + "@" + record.offset() + event,
            AuditOutcome.DENIED,
            reason + "; dead-lettered to " + DeadLetters.topicFor(record.topic()),
            correlationId));
  }
}
