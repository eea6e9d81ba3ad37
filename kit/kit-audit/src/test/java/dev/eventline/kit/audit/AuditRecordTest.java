package dev.eventline.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditRecordTest {
  private static final String TOKEN =
      "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsInJvbGVzIjpbInVzZXIiXX0"
          + ".c2lnbmF0dXJlLW9mLXRoZS10b2tlbi10aGF0LW11c3Qtbm90LWJlLWxvZ2dlZA";

  @Test
  void keepsEachRecordOnOneLineWhateverTheSenderPutInIt() {
    AuditRecord record =
        record("/services/orders\nkey x", "orders.created-0@3\r\nINFO forged line", "reason");

    assertThat(record.actor()).isEqualTo("/services/orders_key x");
    assertThat(record.target()).isEqualTo("orders.created-0@3__INFO forged line");
  }

  @Test
  void redactsAnythingShapedLikeATokenOrABearerCredential() {
    AuditRecord record =
        record(
            "anonymous",
            "GET /api/me",
            "decoding " + TOKEN + " failed; header Bearer 6f1c0e5a9b3d4c7e8f21, no bearer token");

    assertThat(record.reason())
        .isEqualTo("decoding [redacted] failed; header Bearer [redacted], no bearer token")
        .doesNotContain(TOKEN.split("\\.")[2]);
  }

  @Test
  void leavesOrdinaryNamesPathsAndEventIdsAlone() {
    AuditRecord record =
        record(
            "/services/payments key payments-2026-1",
            "POST /api/admin/dead-letters/orders.created.dlq:2:17/replay",
            "UNKNOWN_KEY: key payments-1 is not a key of /services/orders");

    assertThat(record.actor()).isEqualTo("/services/payments key payments-2026-1");
    assertThat(record.target())
        .isEqualTo("POST /api/admin/dead-letters/orders.created.dlq:2:17/replay");
    assertThat(record.reason())
        .isEqualTo("UNKNOWN_KEY: key payments-1 is not a key of /services/orders");
  }

  @Test
  void cutsLongFieldsAndDropsAnEmptyCorrelationId() {
    AuditRecord record =
        new AuditRecord(
            Instant.EPOCH,
            "a".repeat(500),
            AuditAction.AUTHENTICATION,
            "GET /" + "x".repeat(1000),
            AuditOutcome.DENIED,
            "r".repeat(5000),
            Optional.of(""));

    assertThat(record.actor()).hasSize(200).endsWith("...");
    assertThat(record.target()).hasSize(500);
    assertThat(record.reason()).hasSize(1000);
    assertThat(record.correlationId()).isEmpty();
  }

  private static AuditRecord record(String actor, String target, String reason) {
    return new AuditRecord(
        Instant.EPOCH,
        actor,
        AuditAction.AUTHENTICATION,
        target,
        AuditOutcome.DENIED,
        reason,
        Optional.of("c-1"));
  }
}
