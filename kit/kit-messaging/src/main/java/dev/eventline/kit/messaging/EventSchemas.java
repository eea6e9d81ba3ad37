package dev.eventline.kit.messaging;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of every version of every registered event type, loaded once from the classpath
 * ({@link EventType#schemaResource(int)}). A missing or unreadable schema fails at startup, naming
 * every one that is missing, rather than at the first event.
 */
public final class EventSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final Map<Key, Schema> schemas;
  private final Map<Key, JsonNode> documents;

  private EventSchemas(Map<Key, Schema> schemas, Map<Key, JsonNode> documents) {
    this.schemas = Map.copyOf(schemas);
    this.documents = Map.copyOf(documents);
  }

  public static EventSchemas load(EventTypes types, JsonMapper json) {
    Map<Key, Schema> schemas = new HashMap<>();
    Map<Key, JsonNode> documents = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (EventType<?> type : types.all()) {
      for (int version = 1; version <= type.version(); version++) {
        String resource = type.schemaResource(version);
        Optional<JsonNode> document = read(type.recordType().getClassLoader(), resource, json);
        if (document.isEmpty()) {
          missing.add(resource);
          continue;
        }
        Key key = new Key(type.name(), version);
        documents.put(key, document.get());
        schemas.put(key, REGISTRY.getSchema(document.get().toString()));
      }
    }
    if (!missing.isEmpty()) {
      missing.sort(String::compareTo);
      throw new IllegalStateException(
          "every version of every event type needs a JSON Schema on the classpath; missing: "
              + missing);
    }
    return new EventSchemas(schemas, documents);
  }

  /**
   * What is wrong with {@code payload} as version {@code version} of {@code type}; empty if valid.
   */
  List<String> problems(EventType<?> type, int version, JsonNode payload) {
    List<Error> errors = schemas.get(new Key(type.name(), version)).validate(payload);
    return errors.stream().map(Error::toString).toList();
  }

  /** Whether every version of {@code type} was loaded here. */
  boolean covers(EventType<?> type) {
    for (int version = 1; version <= type.version(); version++) {
      if (!schemas.containsKey(new Key(type.name(), version))) {
        return false;
      }
    }
    return true;
  }

  /** The schema document of {@code version} of {@code type}, as loaded. */
  public JsonNode document(EventType<?> type, int version) {
    JsonNode document = documents.get(new Key(type.name(), version));
    if (document == null) {
      throw new IllegalArgumentException(type + " has no version " + version);
    }
    return document;
  }

  private static Optional<JsonNode> read(ClassLoader loader, String resource, JsonMapper json) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(json.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private record Key(String name, int version) {}
}
