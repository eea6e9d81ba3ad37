package dev.eventline.kit.messaging.schema;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.InvalidPayloadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The promises an {@code *-api} module makes about its events, checked by its build:
 *
 * <ul>
 *   <li>every version of every type has a stored sample ({@code eventline/samples/<type>/v<n>.json}
 *       on the test classpath) that still reads, through its schema and the upcasters, into the
 *       current record;
 *   <li>every released version's schema changed only additively since its release (a copy of each
 *       released schema is kept under a directory of the module, e.g. {@code
 *       src/test/released-schemas}); anything else needs a new version;
 *   <li>every version has a released copy, so the next change is compared with it.
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void eventsKeepTheirPromises() {
 *   assertThat(SchemaContract.of(OrderEvents.TYPES).problems(Path.of("src/test/released-schemas")))
 *       .isEmpty();
 * }
 * }</pre>
 */
public final class SchemaContract {
  /** Set to {@code true} ({@code -Deventline.schemas.release=true}) to record new versions. */
  public static final String RELEASE_PROPERTY = "eventline.schemas.release";

  private final EventTypes types;
  private final EventPayloads payloads;
  private final JsonMapper json = EventPayloads.wireFormat();

  private SchemaContract(EventTypes types) {
    this.types = types;
    this.payloads = EventPayloads.forTypes(types);
  }

  public static SchemaContract of(EventTypes types) {
    return new SchemaContract(types);
  }

  /**
   * Everything that breaks a promise, one sentence each; empty when all hold. When the system
   * property {@link #RELEASE_PROPERTY} is {@code true}, versions without a released copy get one
   * first, instead of being reported.
   */
  public List<String> problems(Path released) {
    if (Boolean.getBoolean(RELEASE_PROPERTY)) {
      release(released);
    }
    List<String> problems = new ArrayList<>();
    for (EventType<?> type : sorted()) {
      for (int version = 1; version <= type.version(); version++) {
        sampleProblem(type, version).ifPresent(problems::add);
        problems.addAll(compatibilityProblems(type, version, released));
      }
    }
    return problems;
  }

  /** Writes a released copy of every version that has none; returns the files written. */
  public List<Path> release(Path released) {
    List<Path> written = new ArrayList<>();
    for (EventType<?> type : sorted()) {
      for (int version = 1; version <= type.version(); version++) {
        Path copy = releasedCopy(released, type, version);
        if (!Files.exists(copy)) {
          write(copy, payloads.schemas().document(type, version));
          written.add(copy);
        }
      }
    }
    return written;
  }

  private Optional<String> sampleProblem(EventType<?> type, int version) {
    Optional<byte[]> stored = StoredSamples.bytes(type, version);
    if (stored.isEmpty()) {
      return Optional.of(
          type.name()
              + " v"
              + version
              + " has no stored sample: add "
              + StoredSamples.resource(type, version));
    }
    byte[] sample = stored.get();
    try {
      payloads.read(type, version, sample);
      return Optional.empty();
    } catch (InvalidPayloadException e) {
      return Optional.of(
          "the stored sample of "
              + type.name()
              + " v"
              + version
              + " no longer reads: "
              + e.getMessage());
    }
  }

  private List<String> compatibilityProblems(EventType<?> type, int version, Path released) {
    Path copy = releasedCopy(released, type, version);
    if (!Files.exists(copy)) {
      return List.of(
          type.name()
              + " v"
              + version
              + " has no released copy at "
              + copy
              + "; when the version is final, record it with -D"
              + RELEASE_PROPERTY
              + "=true");
    }
    JsonNode current = payloads.schemas().document(type, version);
    return SchemaCompatibility.between(read(copy), current).stream()
        .map(
            change ->
                type.name()
                    + " v"
                    + version
                    + " changed incompatibly since its release ("
                    + change
                    + "); publish the change as v"
                    + (type.version() + 1)
                    + " with an upcaster instead")
        .toList();
  }

  private List<EventType<?>> sorted() {
    List<EventType<?>> sorted = new ArrayList<>(types.all());
    sorted.sort(Comparator.comparing(EventType::name));
    return sorted;
  }

  private static Path releasedCopy(Path released, EventType<?> type, int version) {
    return released.resolve(type.name()).resolve("v" + version + ".schema.json");
  }

  private JsonNode read(Path file) {
    return json.readTree(file.toFile());
  }

  private void write(Path file, JsonNode document) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
