package dev.eventline.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.eventline.devstack.TokenIssuer.Role;
import dev.eventline.kit.audit.AuditLog;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * With JSON logs ({@code --log-format=json}: Spring Boot's Logstash layout), an audit line carries
 * its fields as members of the line's object, ready for a log search. This service has no {@code
 * AuditLog} bean (no starter, no database): kit-web writes the lines all the same.
 */
class JsonAuditLinesIntegrationTest extends WebIntegrationTest {

  @Test
  void writesEachFieldOfARecordAsAJsonMember() throws Exception {
    String token = Tokens.ISSUER.mint("alice", Role.USER);
    Logger audit = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    audit.addAppender(lines);
    HttpResponse<String> response;
    try {
      response =
          send(
              request("/api/admin/ping")
                  .header("Authorization", "Bearer " + token)
                  .header(CorrelationIdFilter.HEADER, "json-audit-1"));
    } finally {
      audit.detachAppender(lines);
    }

    assertThat(response.statusCode()).isEqualTo(403);
    String json = logstash(lines.list.getFirst());
    assertThat(json)
        .startsWith("{")
        .contains("\"logger_name\":\"eventline.audit\"")
        .contains("\"level\":\"WARN\"")
        .contains("\"auditAction\":\"AUTHORIZATION\"")
        .contains("\"auditOutcome\":\"DENIED\"")
        .contains("\"auditActor\":\"alice\"")
        .contains("\"auditTarget\":\"GET /api/admin/ping\"")
        .contains("\"auditReason\":\"the caller's roles [user] do not allow this route\"")
        .contains("\"auditCorrelationId\":\"json-audit-1\"")
        .doesNotContain(token.split("\\.")[2]);
  }

  /** The line as {@code logging.structured.format.console=logstash} writes it. */
  private static String logstash(ILoggingEvent line) {
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
    encoder.setFormat("logstash");
    encoder.start();
    try {
      return new String(encoder.encode(line), StandardCharsets.UTF_8);
    } finally {
      encoder.stop();
    }
  }
}
