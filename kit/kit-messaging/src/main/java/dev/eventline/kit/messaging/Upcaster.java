package dev.eventline.kit.messaging;

import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the JSON payload of one version of an event into the next version's: fill a new field,
 * rename one, split one. It works on the JSON tree, so no Java record of an old version is needed.
 *
 * <pre>{@code v1 -> v1.put("currency", "EUR")}</pre>
 */
@FunctionalInterface
public interface Upcaster {
  /** The payload of the next version; may change and return {@code previous} itself. */
  ObjectNode upcast(ObjectNode previous);
}
