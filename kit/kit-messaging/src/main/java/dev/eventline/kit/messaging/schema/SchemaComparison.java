package dev.eventline.kit.messaging.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * One walk over a released schema and its current form, collecting every incompatibility on the
 * way; the rules are described on {@link SchemaCompatibility}.
 */
final class SchemaComparison {
  /** Keywords that describe a schema without constraining the events it accepts. */
  private static final Set<String> ANNOTATIONS =
      Set.of("title", "description", "examples", "$comment", "deprecated");

  /** Compared below together, or with an absent keyword read as empty. */
  private static final Set<String> COMPARED_APART =
      Set.of("properties", "required", "$defs", "definitions");

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private final List<Incompatibility> incompatibilities = new ArrayList<>();

  List<Incompatibility> incompatibilities() {
    return List.copyOf(incompatibilities);
  }

  void schema(String path, JsonNode released, JsonNode current) {
    if (!released.isObject() || !current.isObject()) {
      if (!same(released, current)) {
        report(path, "schema changed from " + released + " to " + current);
      }
      return;
    }
    properties(path, released, current);
    definitions(path, "$defs", released, current);
    definitions(path, "definitions", released, current);
    for (String keyword : union(released.propertyNames(), current.propertyNames())) {
      if (ANNOTATIONS.contains(keyword) || COMPARED_APART.contains(keyword)) {
        continue;
      }
      JsonNode before = released.get(keyword);
      JsonNode after = current.get(keyword);
      if (before == null) {
        report(path, keyword + " added: " + after);
      } else if (after == null) {
        report(path, keyword + " removed, was " + before);
      } else {
        keyword(path, keyword, before, after);
      }
    }
  }

  private void keyword(String path, String keyword, JsonNode before, JsonNode after) {
    switch (keyword) {
      case "type" -> types(path, before, after);
      case "enum" -> enumValues(path, before, after);
      case "items", "additionalProperties" -> {
        if (before.isObject() && after.isObject()) {
          schema(path + "/" + keyword, before, after);
        } else {
          sameValue(path, keyword, before, after);
        }
      }
      case "prefixItems" -> {
        if (before.isArray() && after.isArray() && before.size() == after.size()) {
          for (int i = 0; i < before.size(); i++) {
            schema(path + "/prefixItems/" + i, before.get(i), after.get(i));
          }
        } else {
          sameValue(path, keyword, before, after);
        }
      }
      case "patternProperties" -> {
        if (before.isObject() && after.isObject()) {
          patterns(path + "/patternProperties", before, after);
        } else {
          sameValue(path, keyword, before, after);
        }
      }
      default -> sameValue(path, keyword, before, after);
    }
  }

  private void sameValue(String path, String keyword, JsonNode before, JsonNode after) {
    if (!same(before, after)) {
      report(path, keyword + " changed from " + before + " to " + after);
    }
  }

  private void properties(String path, JsonNode released, JsonNode current) {
    JsonNode before = released.path("properties");
    JsonNode after = current.path("properties");
    Set<String> wasRequired = names(released.path("required"));
    Set<String> isRequired = names(current.path("required"));
    Set<String> names = union(before.propertyNames(), after.propertyNames());
    names.addAll(wasRequired);
    names.addAll(isRequired);
    for (String name : names) {
      String at = path + "/properties/" + escape(name);
      if (before.has(name) && !after.has(name)) {
        report(at, "property removed");
        continue;
      }
      if (before.has(name)) {
        schema(at, before.get(name), after.get(name));
      }
      if (isRequired.contains(name) && !wasRequired.contains(name)) {
        report(
            at,
            after.has(name) && !before.has(name)
                ? "new property is required"
                : "optional property became required");
      } else if (wasRequired.contains(name) && !isRequired.contains(name)) {
        report(at, "required property became optional");
      }
    }
  }

  private void definitions(String path, String keyword, JsonNode released, JsonNode current) {
    JsonNode before = released.path(keyword);
    JsonNode after = current.path(keyword);
    for (String name : before.propertyNames()) {
      String at = path + "/" + keyword + "/" + escape(name);
      if (after.has(name)) {
        schema(at, before.get(name), after.get(name));
      } else {
        report(at, "definition removed");
      }
    }
  }

  private void patterns(String path, JsonNode before, JsonNode after) {
    for (String name : union(before.propertyNames(), after.propertyNames())) {
      String at = path + "/" + escape(name);
      if (!after.has(name)) {
        report(at, "pattern removed");
      } else if (!before.has(name)) {
        report(at, "pattern added");
      } else {
        schema(at, before.get(name), after.get(name));
      }
    }
  }

  private void types(String path, JsonNode before, JsonNode after) {
    if (!names(before).equals(names(after))) {
      report(path, "type changed from " + before + " to " + after);
    }
  }

  private void enumValues(String path, JsonNode before, JsonNode after) {
    if (!before.isArray() || !after.isArray()) {
      sameValue(path, "enum", before, after);
      return;
    }
    String added = missingFrom(before, after);
    String removed = missingFrom(after, before);
    if (!added.isEmpty()) {
      report(path, "enum values added: " + added);
    }
    if (!removed.isEmpty()) {
      report(path, "enum values removed: " + removed);
    }
  }

  /** The values of {@code values} that {@code list} does not hold, joined; empty when none. */
  private static String missingFrom(JsonNode list, JsonNode values) {
    return values
        .valueStream()
        .filter(value -> list.valueStream().noneMatch(held -> same(held, value)))
        .map(JsonNode::toString)
        .collect(Collectors.joining(", "));
  }

  /** A string, or the strings of a list, as a set: how {@code type} and {@code required} read. */
  private static Set<String> names(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    if (node.isString()) {
      names.add(node.asString());
    }
    node.valueStream().filter(JsonNode::isString).forEach(name -> names.add(name.asString()));
    return names;
  }

  private static Set<String> union(Iterable<String> first, Iterable<String> second) {
    Set<String> union = new LinkedHashSet<>();
    first.forEach(union::add);
    second.forEach(union::add);
    return union;
  }

  private static boolean same(JsonNode a, JsonNode b) {
    return a.equals(NUMBERS_BY_VALUE, b);
  }

  /** Escapes a name as a JSON Pointer reference token (RFC 6901). */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private void report(String path, String problem) {
    incompatibilities.add(new Incompatibility(path, problem));
  }
}
