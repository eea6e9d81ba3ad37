package dev.eventline.kit.messaging.schema;

import static dev.eventline.kit.messaging.schema.SchemaPair.ORDER_PLACED;
import static dev.eventline.kit.messaging.schema.SchemaPair.between;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constraints, defaults, items, references and other keywords: changed, they are not additive. */
class SchemaKeywordCompatibilityTest {
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
}
