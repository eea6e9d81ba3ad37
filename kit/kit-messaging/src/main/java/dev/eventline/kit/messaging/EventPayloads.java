package dev.eventline.kit.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns event records into JSON payloads and back, checking each against the JSON Schema of its
 * type and version both ways, and reading older versions through the type's upcasters.
 *
 * <p>The JSON mapping is the wire format, so it is fixed here rather than taken from the
 * application's settings: ISO-8601 times, absent optionals and nulls left out, unknown fields
 * ignored on reading (a newer producer may add optional fields before this consumer knows them).
 */
public final class EventPayloads {
  private final JsonMapper json;
  private final EventSchemas schemas;

  private EventPayloads(JsonMapper json, EventSchemas schemas) {
    this.json = json;
    this.schemas = schemas;
  }

  /** Loads the schema of every version of every type in {@code types}; fails if one is missing. */
  public static EventPayloads forTypes(EventTypes types) {
    JsonMapper json = wireFormat();
    return new EventPayloads(json, EventSchemas.load(types, json));
  }

  /** The JSON mapping used on the wire. */
  public static JsonMapper wireFormat() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .changeDefaultPropertyInclusion(
            inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /** Whether this reads and writes {@code type}: it was among the types given at creation. */
  public boolean covers(EventType<?> type) {
    return schemas.covers(type);
  }

  public EventSchemas schemas() {
    return schemas;
  }

  /**
   * The payload of {@code event} in the current version of {@code type}.
   *
   * @throws InvalidPayloadException when the record does not match the schema: a publisher bug
   */
  public <T extends Record> byte[] write(EventType<T> type, T event) {
    JsonNode tree = json.valueToTree(event);
    requireValid(type, type.version(), tree, "cannot publish");
    return json.writeValueAsBytes(tree);
  }

  /**
   * Reads a payload that arrived as {@code version} of {@code type}: checks it against that
   * version's schema, upcasts it to the current version and maps it to the record.
   *
   * @throws InvalidPayloadException when it is not JSON, does not match its schema, or its version
   *     is unknown here
   */
  public <T extends Record> T read(EventType<T> type, int version, byte[] payload) {
    if (!type.reads(version)) {
      throw new InvalidPayloadException(
          type.name()
              + " v"
              + version
              + " is unknown here: this service reads v1 to v"
              + type.version());
    }
    JsonNode tree;
    try {
      tree = json.readTree(payload);
    } catch (JacksonException e) {
      throw new InvalidPayloadException(
          type.name() + " v" + version + " is not JSON: " + e.getOriginalMessage(), e);
    }
    requireValid(type, version, tree, "cannot read");
    for (int from = version; from < type.version(); from++) {
      if (!(tree instanceof ObjectNode object)) {
        throw new InvalidPayloadException(type.name() + " v" + from + " is not a JSON object");
      }
      tree = type.upcasterFrom(from).upcast(object);
      requireValid(type, from + 1, tree, "upcasting from v" + from + " gave an invalid payload;");
    }
    try {
      return json.treeToValue(tree, type.recordType());
    } catch (JacksonException e) {
      throw new InvalidPayloadException(
          type.name()
              + " v"
              + type.version()
              + " does not map to "
              + type.recordType().getSimpleName()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
  }

  private void requireValid(EventType<?> type, int version, JsonNode tree, String what) {
    List<String> problems = schemas.problems(type, version, tree);
    if (!problems.isEmpty()) {
      throw new InvalidPayloadException(
          what
              + " "
              + type.name()
              + " v"
              + version
              + ", it does not match its schema: "
              + problems);
    }
  }
}
