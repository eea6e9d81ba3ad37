package dev.eventline.kit.messaging.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class SchemaCompatibilityTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String ORDER_PLACED =
      """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "OrderPlaced",
        "type": "object",
        "properties": {
          "orderId": { "type": "string", "minLength": 1 },
          "total": {
            "type": "object",
            "properties": {
              "cents": { "type": "integer", "minimum": 0 },
              "currency": { "type": "string", "pattern": "^[A-Z]{3}$" }
            },
            "required": ["cents", "currency"]
          },
          "lines": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": { "sku": { "type": "string" } },
              "required": ["sku"]
            }
          },
          "placedAt": { "type": ["string", "null"], "format": "date-time" }
        },
        "required": ["orderId", "total"]
      }
      """;

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
  void changingAConstIsNot() {
    assertThat(between("{ \"const\": \"v1\" }", "{ \"const\": \"v2\" }"))
        .containsExactly(new Incompatibility("#", "const changed from \"v1\" to \"v2\""));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "format           | \"date-time\" | \"date\"",
        "pattern          | \"^[A-Z]+$\"  | \"^[A-Z]{3}$\"",
        "minimum          | 0             | 1",
        "maximum          | 100           | 1000",
        "exclusiveMinimum | 0             | -1",
        "exclusiveMaximum | 10            | 9",
        "minLength        | 1             | 0",
        "maxLength        | 36            | 64",
        "minItems         | 1             | 2",
        "maxItems         | 10            | 5",
        "multipleOf       | 5             | 10",
      })
  void changingAConstraintEitherWayIsNot(String keyword, String before, String after) {
    assertThat(
            between(
                "{ \"properties\": { \"p\": { \"%s\": %s } } }".formatted(keyword, before),
                "{ \"properties\": { \"p\": { \"%s\": %s } } }".formatted(keyword, after)))
        .containsExactly(
            new Incompatibility(
                "#/properties/p", keyword + " changed from " + before + " to " + after));
  }

  @Test
  void addingOrRemovingAConstraintIsNot() {
    assertThat(
            between(
                """
                { "properties": { "a": { "type": "string", "format": "uuid" },
                                  "b": { "type": "string" } } }
                """,
                """
                { "properties": { "a": { "type": "string" },
                                  "b": { "type": "string", "pattern": "^x" } } }
                """))
        .containsExactly(
            new Incompatibility("#/properties/a", "format removed, was \"uuid\""),
            new Incompatibility("#/properties/b", "pattern added: \"^x\""));
  }

  @Test
  void changingADefaultIsNot() {
    // A consumer that fills in a missing value with the default would read old events differently.
    assertThat(between("{ \"default\": 0 }", "{ \"default\": 1 }"))
        .containsExactly(new Incompatibility("#", "default changed from 0 to 1"));
  }

  @Test
  void forbiddingAdditionalPropertiesIsNot() {
    assertThat(
            between(
                ORDER_PLACED,
                ORDER_PLACED.replace(
                    "\"type\": \"object\",\n  \"properties\"",
                    "\"type\": \"object\",\n  \"additionalProperties\": false,\n  \"properties\"")))
        .containsExactly(new Incompatibility("#", "additionalProperties added: false"));
  }

  @Test
  void changingAdditionalPropertiesIsNot() {
    assertThat(between("{ \"additionalProperties\": false }", "{ \"additionalProperties\": true }"))
        .containsExactly(
            new Incompatibility("#", "additionalProperties changed from false to true"));
    assertThat(
            between(
                "{ \"additionalProperties\": { \"type\": \"string\" } }",
                "{ \"additionalProperties\": { \"type\": \"integer\" } }"))
        .containsExactly(
            new Incompatibility(
                "#/additionalProperties", "type changed from \"string\" to \"integer\""));
  }

  @Test
  void changingItemsIsNot() {
    assertThat(
            between(
                "{ \"items\": { \"type\": \"string\" } }",
                "{ \"items\": { \"type\": \"number\" } }"))
        .containsExactly(
            new Incompatibility("#/items", "type changed from \"string\" to \"number\""));
  }

  @Test
  void changingATupleItemIsReportedWithItsPosition() {
    assertThat(
            between(
                "{ \"prefixItems\": [{ \"type\": \"string\" }, { \"type\": \"integer\" }] }",
                "{ \"prefixItems\": [{ \"type\": \"string\" }, { \"type\": \"number\" }] }"))
        .containsExactly(
            new Incompatibility("#/prefixItems/1", "type changed from \"integer\" to \"number\""));
  }

  @Test
  void addingAPatternPropertyIsNot() {
    assertThat(
            between(
                "{ \"patternProperties\": { \"^a\": { \"type\": \"string\" } } }",
                "{ \"patternProperties\": { \"^a\": { \"type\": \"string\" }, \"^b\": {} } }"))
        .containsExactly(new Incompatibility("#/patternProperties/^b", "pattern added"));
  }

  @Test
  void changingARefIsNot() {
    assertThat(
            between(
                "{ \"properties\": { \"m\": { \"$ref\": \"#/$defs/Money\" } } }",
                "{ \"properties\": { \"m\": { \"$ref\": \"#/$defs/Amount\" } } }"))
        .containsExactly(
            new Incompatibility(
                "#/properties/m", "$ref changed from \"#/$defs/Money\" to \"#/$defs/Amount\""));
  }

  @Test
  void definitionsMayGainDefinitionsAndOptionalPropertiesButNotLoseDefinitions() {
    assertThat(
            between(
                """
                { "$defs": { "Money": { "properties": { "cents": { "type": "integer" } } },
                             "Sku": { "type": "string" } } }
                """,
                """
                { "$defs": { "Money": { "properties": { "cents": { "type": "integer" },
                                                        "currency": { "type": "string" } } },
                             "Note": { "type": "string" } } }
                """))
        .containsExactly(new Incompatibility("#/$defs/Sku", "definition removed"));
  }

  @Test
  void combinatorsAreComparedWholeEvenForADescription() {
    assertThat(
            between(
                "{ \"oneOf\": [{ \"type\": \"string\", \"description\": \"a\" }] }",
                "{ \"oneOf\": [{ \"type\": \"string\", \"description\": \"b\" }] }"))
        .containsExactly(
            new Incompatibility(
                "#",
                "oneOf changed from [{\"type\":\"string\",\"description\":\"a\"}]"
                    + " to [{\"type\":\"string\",\"description\":\"b\"}]"));
    assertThat(between("{}", "{ \"not\": { \"type\": \"null\" } }"))
        .containsExactly(new Incompatibility("#", "not added: {\"type\":\"null\"}"));
  }

  @Test
  void anUnknownKeywordIsComparedByValue() {
    assertThat(between("{ \"x-kafka-key\": \"orderId\" }", "{ \"x-kafka-key\": \"id\" }"))
        .containsExactly(
            new Incompatibility("#", "x-kafka-key changed from \"orderId\" to \"id\""));
  }

  @Test
  void aBooleanSchemaIsComparedByValue() {
    assertThat(
            between("{ \"properties\": { \"any\": true } }", "{ \"properties\": { \"any\": {} } }"))
        .containsExactly(new Incompatibility("#/properties/any", "schema changed from true to {}"));
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

  private static List<Incompatibility> between(String released, String current) {
    return SchemaCompatibility.between(JSON.readTree(released), JSON.readTree(current));
  }
}
