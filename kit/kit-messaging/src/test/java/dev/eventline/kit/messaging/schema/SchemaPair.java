package dev.eventline.kit.messaging.schema;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** A released schema to compare current ones with, for the compatibility tests. */
final class SchemaPair {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final String ORDER_PLACED =
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

  private SchemaPair() {}

  static List<Incompatibility> between(String released, String current) {
    return SchemaCompatibility.between(JSON.readTree(released), JSON.readTree(current));
  }
}
