package dev.eventline.devstack;

/** How a service writes its log: readable lines, or one JSON object per line. */
public enum LogFormat {
  /** Spring Boot's usual console lines, for people reading {@code logs/<module>.log}. */
  TEXT,
  /**
   * Spring Boot structured logging in the Logstash JSON layout: each line carries {@code service},
   * and whatever the MDC holds ({@code correlationId}, {@code traceId}, {@code spanId}, {@code
   * sagaId}), for a log pipeline to index.
   */
  JSON
}
