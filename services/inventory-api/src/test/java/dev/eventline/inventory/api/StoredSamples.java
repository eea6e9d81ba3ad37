package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The stored samples of the current versions, which the schema contract also reads. */
final class StoredSamples {
  private static final JsonMapper JSON = EventPayloads.wireFormat();

  private StoredSamples() {}

  static ObjectNode of(EventType<?> type) {
    String resource = "eventline/samples/" + type.name() + "/v" + type.version() + ".json";
    try (InputStream in = StoredSamples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no stored sample at " + resource);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored sample of {@code type} after {@code change}, as payload bytes. */
  static byte[] with(EventType<?> type, Consumer<ObjectNode> change) {
    ObjectNode sample = of(type);
    change.accept(sample);
    return JSON.writeValueAsBytes(sample);
  }
}
