package dev.eventline.kit.messaging.schema;

import static dev.eventline.kit.messaging.schema.SchemaPair.ORDER_PLACED;
import static dev.eventline.kit.messaging.schema.SchemaPair.between;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which changes to properties, types and required names are additive, and how others read. */
class SchemaCompatibilityTest {
  @Test
  void anUnchangedSchemaIsCompatible() {
    assertThat(between(ORDER_PLACED, ORDER_PLACED)).isEmpty();
  }

  @Test
  void addingAnOptionalPropertyIsCompatible() {
    assertThat(
            between(
                """
                { "type": "object", "properties": { "orderId": { "type": "string" } } }
                """,
                """
                { "type": "object", "properties": {
                    "orderId": { "type": "string" }, "note": { "type": "string" } } }
                """))
        .isEmpty();
  }

  @Test
  void addingAnOptionalPropertyToANestedObjectOrToArrayItemsIsCompatible() {
    String current =
        ORDER_PLACED
            .replace(
                "\"cents\": { \"type\": \"integer\", \"minimum\": 0 },",
                "\"cents\": { \"type\": \"integer\", \"minimum\": 0 }, \"rate\": { \"type\": \"number\" },")
            .replace(
                "\"sku\": { \"type\": \"string\" }",
                "\"sku\": { \"type\": \"string\" }, \"gift\": { \"type\": \"boolean\" }");

    assertThat(current).isNotEqualTo(ORDER_PLACED);
    assertThat(between(ORDER_PLACED, current)).isEmpty();
  }

  @Test
  void addingTheFirstPropertiesToAnObjectIsCompatible() {
    assertThat(
            between(
                """
                { "type": "object" }
                """,
                """
                { "type": "object", "properties": { "note": { "type": "string" } } }
                """))
        .isEmpty();
  }

  @Test
  void addingAnOptionalPropertyWhereAdditionalPropertiesAreForbiddenIsCompatible() {
    // Events of this version were written without the new property, so they all still validate.
    assertThat(
            between(
                """
                { "type": "object", "additionalProperties": false,
                  "properties": { "orderId": { "type": "string" } } }
                """,
                """
                { "type": "object", "additionalProperties": false,
                  "properties": { "orderId": { "type": "string" }, "note": { "type": "string" } } }
                """))
        .isEmpty();
  }

  @Test
  void changingAnnotationsIsCompatible() {
    assertThat(
            between(
                """
                { "title": "Old", "description": "old", "$comment": "old", "examples": [1],
                  "type": "object", "properties": { "n": { "type": "integer", "description": "n" } } }
                """,
                """
                { "title": "New", "description": "new", "examples": [2], "deprecated": true,
                  "type": "object", "properties": { "n": { "type": "integer", "$comment": "c" } } }
                """))
        .isEmpty();
  }

  @Test
  void reorderingTypesRequiredNamesAndEnumValuesIsCompatible() {
    assertThat(
            between(
                """
                { "type": ["object", "null"], "required": ["a", "b"], "properties": {
                    "a": { "enum": ["X", "Y"] }, "b": { "type": "string" } } }
                """,
                """
                { "type": ["null", "object"], "required": ["b", "a"], "properties": {
                    "a": { "enum": ["Y", "X"] }, "b": { "type": "string" } } }
                """))
        .isEmpty();
  }

  @Test
  void aNumberWrittenDifferentlyIsTheSameNumber() {
    assertThat(between("{ \"minimum\": 1 }", "{ \"minimum\": 1.0 }")).isEmpty();
  }

  @Test
  void removingAPropertyIsNot() {
    assertThat(
            between(
                ORDER_PLACED,
                ORDER_PLACED.replace(
                    ",\n    \"placedAt\": { \"type\": [\"string\", \"null\"], \"format\": \"date-time\" }",
                    "")))
        .containsExactly(new Incompatibility("#/properties/placedAt", "property removed"));
  }

  @Test
  void removingARequiredPropertyIsReportedOnceAsARemoval() {
    assertThat(
            between(
                """
                { "properties": { "a": { "type": "string" } }, "required": ["a"] }
                """,
                """
                { "properties": {} }
                """))
        .containsExactly(new Incompatibility("#/properties/a", "property removed"));
  }

  @Test
  void changingAPropertyTypeIsNot() {
    assertThat(
            between(
                """
                { "properties": { "n": { "type": "integer" } } }
                """,
                """
                { "properties": { "n": { "type": "number" } } }
                """))
        .containsExactly(
            new Incompatibility("#/properties/n", "type changed from \"integer\" to \"number\""));
  }

  @Test
  void narrowingATypeListIsNot() {
    assertThat(between(ORDER_PLACED, ORDER_PLACED.replace("[\"string\", \"null\"]", "\"string\"")))
        .containsExactly(
            new Incompatibility(
                "#/properties/placedAt", "type changed from [\"string\",\"null\"] to \"string\""));
  }

  @Test
  void aNestedTypeChangeIsReportedWithItsPath() {
    assertThat(
            between(
                ORDER_PLACED,
                ORDER_PLACED.replace(
                    "\"cents\": { \"type\": \"integer\"", "\"cents\": { \"type\": \"string\"")))
        .containsExactly(
            new Incompatibility(
                "#/properties/total/properties/cents",
                "type changed from \"integer\" to \"string\""));
  }

  @Test
  void aChangeInsideArrayItemsIsReportedWithItsPath() {
    assertThat(
            between(
                ORDER_PLACED,
                ORDER_PLACED.replace(
                    "\"sku\": { \"type\": \"string\" }",
                    "\"sku\": { \"type\": \"string\", \"maxLength\": 12 }")))
        .containsExactly(
            new Incompatibility("#/properties/lines/items/properties/sku", "maxLength added: 12"));
  }

  @Test
  void makingAnOptionalPropertyRequiredIsNot() {
    assertThat(
            between(
                ORDER_PLACED,
                ORDER_PLACED.replace(
                    "\"required\": [\"orderId\", \"total\"]",
                    "\"required\": [\"orderId\", \"total\", \"placedAt\"]")))
        .containsExactly(
            new Incompatibility("#/properties/placedAt", "optional property became required"));
  }

  @Test
  void addingARequiredPropertyIsNot() {
    assertThat(
            between(
                """
                { "properties": { "a": { "type": "string" } }, "required": ["a"] }
                """,
                """
                { "properties": { "a": { "type": "string" }, "b": { "type": "string" } },
                  "required": ["a", "b"] }
                """))
        .containsExactly(new Incompatibility("#/properties/b", "new property is required"));
  }

  @Test
  void makingARequiredPropertyOptionalIsNot() {
    assertThat(
            between(
                ORDER_PLACED,
                ORDER_PLACED.replace(
                    "\"required\": [\"cents\", \"currency\"]", "\"required\": [\"cents\"]")))
        .containsExactly(
            new Incompatibility(
                "#/properties/total/properties/currency", "required property became optional"));
  }

  @Test
  void addingAnEnumValueIsNot() {
    assertThat(between("{ \"enum\": [\"PAID\"] }", "{ \"enum\": [\"PAID\", \"REFUNDED\"] }"))
        .containsExactly(new Incompatibility("#", "enum values added: \"REFUNDED\""));
  }

  @Test
  void removingAnEnumValueIsNot() {
    assertThat(between("{ \"enum\": [\"PAID\", \"REFUNDED\"] }", "{ \"enum\": [\"PAID\"] }"))
        .containsExactly(new Incompatibility("#", "enum values removed: \"REFUNDED\""));
  }

  @Test
  void propertyNamesAreEscapedInPaths() {
    assertThat(between("{ \"properties\": { \"a/b~c\": {} } }", "{ \"properties\": {} }"))
        .containsExactly(new Incompatibility("#/properties/a~1b~0c", "property removed"));
  }

  @Test
  void everyIncompatibilityIsReportedNotJustTheFirst() {
    String current =
        ORDER_PLACED
            .replace("\"minLength\": 1", "\"minLength\": 2")
            .replace("\"type\": \"integer\"", "\"type\": \"number\"")
            .replace("\"required\": [\"cents\", \"currency\"]", "\"required\": [\"cents\"]")
            .replace("\"type\": \"array\"", "\"type\": \"array\", \"maxItems\": 50")
            .replace("\"format\": \"date-time\"", "\"format\": \"date\"");

    assertThat(between(ORDER_PLACED, current))
        .containsExactly(
            new Incompatibility("#/properties/orderId", "minLength changed from 1 to 2"),
            new Incompatibility(
                "#/properties/total/properties/cents",
                "type changed from \"integer\" to \"number\""),
            new Incompatibility(
                "#/properties/total/properties/currency", "required property became optional"),
            new Incompatibility("#/properties/lines", "maxItems added: 50"),
            new Incompatibility(
                "#/properties/placedAt", "format changed from \"date-time\" to \"date\""));
  }

  @Test
  void anIncompatibilityReadsAsItsPathAndProblem() {
    assertThat(new Incompatibility("#/properties/a", "property removed"))
        .hasToString("#/properties/a: property removed");
  }
}
