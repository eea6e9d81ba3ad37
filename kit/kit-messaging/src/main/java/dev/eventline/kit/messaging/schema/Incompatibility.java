package dev.eventline.kit.messaging.schema;

import static java.util.Objects.requireNonNull;

/**
 * One change to a released event schema that is not purely additive, found by {@link
 * SchemaCompatibility#between}.
 *
 * @param path where in the schema the change is, as a JSON Pointer fragment: {@code #} is the whole
 *     schema, {@code #/properties/total/properties/cents} a nested property
 * @param problem what changed, as a sentence: {@code type changed from "integer" to "number"}
 */
public record Incompatibility(String path, String problem) {
  public Incompatibility {
    requireNonNull(path, "path");
    requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return path + ": " + problem;
  }
}
