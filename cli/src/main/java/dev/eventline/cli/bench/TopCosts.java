package dev.eventline.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM spent its time, from the execution samples of a flight recording: the share of
 * samples that were inside each kind of work (a sample inside a signature check inside a Kafka
 * consumer counts for both), and the methods most often on top of the stack.
 *
 * @param samples how many execution samples the recording holds
 * @param byWork share of samples per kind of work, largest first
 * @param hottest the methods most often on top of the stack, with their share, largest first
 */
public record TopCosts(int samples, Map<String, Double> byWork, Map<String, Double> hottest) {
  private static final int HOTTEST = 8;

  /** Kinds of work, recognised by a package or class on the stack; the first match names it. */
  private static final Map<String, String> WORK = new LinkedHashMap<>();

  static {
    WORK.put("sun.security.ec.ed.EdDSASignature.engineSign", "Ed25519 signing");
    WORK.put("sun.security.ec.ed.EdDSASignature.engineVerify", "Ed25519 verification");
    WORK.put("sun.security.ec.ed.EdDSASignature.engineInitVerify", "Ed25519 verification");
    WORK.put("org.springframework.security.oauth2.jwt", "JWT validation");
    WORK.put("com.networknt.schema", "JSON Schema validation");
    WORK.put("io.cloudevents", "CloudEvents envelope");
    WORK.put("tools.jackson", "JSON (Jackson)");
    WORK.put("org.postgresql", "JDBC driver");
    WORK.put("com.zaxxer.hikari", "connection pool");
    WORK.put("org.apache.kafka.clients.producer", "Kafka producer");
    WORK.put("org.apache.kafka.clients.consumer", "Kafka consumer");
    WORK.put("ch.qos.logback", "logging");
    WORK.put("io.micrometer", "metrics and observations");
  }

  static TopCosts of(Path recording) throws IOException {
    int samples = 0;
    Map<String, Integer> work = new HashMap<>();
    Map<String, Integer> tops = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      if (!frames.isEmpty()) {
        tops.merge(methodOf(frames.getFirst()), 1, Integer::sum);
      }
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String method = methodOf(frame);
        for (var kind : WORK.entrySet()) {
          if (method.startsWith(kind.getKey())) {
            if (seen.add(kind.getValue())) {
              work.merge(kind.getValue(), 1, Integer::sum);
            }
            break;
          }
        }
      }
    }
    return new TopCosts(
        samples, shares(work, samples, WORK.size()), shares(tops, samples, HOTTEST));
  }

  private static String methodOf(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static Map<String, Double> shares(Map<String, Integer> counts, int total, int limit) {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    Map<String, Double> shares = new LinkedHashMap<>();
    for (var entry : sorted.subList(0, Math.min(limit, sorted.size()))) {
      shares.put(entry.getKey(), total == 0 ? 0 : (double) entry.getValue() / total);
    }
    return shares;
  }
}
