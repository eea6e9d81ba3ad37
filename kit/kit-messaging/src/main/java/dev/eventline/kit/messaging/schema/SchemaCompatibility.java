package dev.eventline.kit.messaging.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Whether the schema of an event version changed only additively since the version was released.
 *
 * <p>Events are immutable: a schema change that is not purely additive gets a new version. So the
 * current schema of a released version may differ from its released copy only by
 *
 * <ul>
 *   <li>new <em>optional</em> properties (under {@code properties}, not in {@code required}), at
 *       any depth: in nested object schemas, in {@code items}, {@code prefixItems}, {@code
 *       additionalProperties} and {@code patternProperties} schemas, and in {@code $defs} (or
 *       {@code definitions}), where new definitions are also allowed. A new property is fine even
 *       where {@code additionalProperties} is {@code false}: events of this version were written
 *       without it;
 *   <li>annotations: {@code title}, {@code description}, {@code examples}, {@code $comment} and
 *       {@code deprecated}.
 * </ul>
 *
 * <p>Everything else is an incompatibility: a property removed, made required or made optional; a
 * new property that is required; a {@code type} changed (compared as a set, so {@code
 * ["string","null"]} to {@code "string"} is a change and reordering is not); {@code enum} values
 * added or removed; and any other keyword added, removed or changed, compared by value ({@code 1}
 * equals {@code 1.0}). That includes {@code default}, although it is often seen as an annotation: a
 * consumer that fills in a missing value with the default would read the same old event
 * differently. It also includes {@code $ref}, {@code $schema}, {@code oneOf}, {@code anyOf}, {@code
 * allOf}, {@code not} and keywords this class does not know, which are compared whole, so even a
 * description changed inside a {@code oneOf} branch is reported.
 */
public final class SchemaCompatibility {
  private SchemaCompatibility() {}

  /**
   * What changed between the released and the current schema of one version that is not purely
   * additive; empty when compatible. Every incompatibility is reported, not only the first, in the
   * order of the released schema's keywords and properties.
   */
  public static List<Incompatibility> between(JsonNode released, JsonNode current) {
    requireNonNull(released, "released");
    requireNonNull(current, "current");
    SchemaComparison comparison = new SchemaComparison();
    comparison.schema("#", released, current);
    return comparison.incompatibilities();
  }
}
