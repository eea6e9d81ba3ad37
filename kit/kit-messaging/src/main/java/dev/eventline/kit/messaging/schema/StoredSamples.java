package dev.eventline.kit.messaging.schema;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored sample of each version of an event type, at {@code eventline/samples/<type>/v<n>.json}
 * on the (test) classpath: what {@link SchemaContract} replays, and what tests start from to build
 * a payload that breaks one rule.
 */
public final class StoredSamples {
  private static final JsonMapper JSON = EventPayloads.wireFormat();

  private StoredSamples() {}

  /** Where the sample of {@code version} of {@code type} is on the classpath. */
  public static String resource(EventType<?> type, int version) {
    return "eventline/samples/" + type.name() + "/v" + version + ".json";
  }

  /** The bytes of the sample of {@code version} of {@code type}, if one is stored. */
  public static Optional<byte[]> bytes(EventType<?> type, int version) {
    String resource = resource(type, version);
    try (InputStream in = type.recordType().getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The sample of the current version of {@code type}; fails when none is stored. */
  public static ObjectNode of(EventType<?> type) {
    byte[] sample =
        bytes(type, type.version())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no stored sample at " + resource(type, type.version())));
    return (ObjectNode) JSON.readTree(sample);
  }

  /** The sample of the current version of {@code type} after {@code change}, as payload bytes. */
  public static byte[] with(EventType<?> type, Consumer<ObjectNode> change) {
    ObjectNode sample = of(type);
    change.accept(sample);
    return JSON.writeValueAsBytes(sample);
  }
}
