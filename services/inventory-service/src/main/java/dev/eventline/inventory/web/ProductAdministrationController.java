package dev.eventline.inventory.web;

import dev.eventline.inventory.StockBelowReservedException;
import dev.eventline.inventory.StockedProduct;
import dev.eventline.inventory.application.ProductAdministration;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.web.CorrelationIdFilter;
import dev.eventline.kit.web.ProblemException;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/admin/products/{sku}}: an administrator creates or changes a product. kit-web
 * lets only the admin role through; the rules of a product are the domain's.
 */
@RestController
class ProductAdministrationController {
  private final ProductAdministration administration;

  ProductAdministrationController(ProductAdministration administration) {
    this.administration = administration;
  }

  @PutMapping("/api/admin/products/{sku}")
  ProductView upsert(
      @PathVariable String sku,
      @RequestBody ProductRequest request,
      @RequestHeader(name = CorrelationIdFilter.HEADER, required = false) String header) {
    request.requireComplete();
    try {
      StockedProduct saved =
          administration.upsertProduct(
              sku,
              request.name(),
              request.description() == null ? "" : request.description(),
              request.priceCents(),
              request.stock(),
              EventOrigin.request(correlationId(header)));
      return ProductView.of(saved);
    } catch (StockBelowReservedException e) {
      throw new ProblemException(HttpStatus.CONFLICT, "Stock below reserved", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid product", e.getMessage());
    }
  }

  // kit-web's filter puts the accepted (or replacement) id in the MDC; the header is a fallback.
  private static String correlationId(String header) {
    String id = MDC.get(CorrelationIdFilter.MDC_KEY);
    return id != null ? id : header;
  }

  /** The body; a missing description means an empty one. Unknown fields are refused by kit-web. */
  record ProductRequest(String name, String description, Long priceCents, Integer stock) {
    void requireComplete() {
      if (name == null || priceCents == null || stock == null) {
        throw new ProblemException(
            HttpStatus.BAD_REQUEST,
            "Invalid product",
            "a product needs a name, a priceCents and a stock");
      }
    }
  }

  /** The product as saved, with its stock: {@code onHand} as set, of which some are reserved. */
  record ProductView(
      String sku,
      String name,
      String description,
      long priceCents,
      int stock,
      int reserved,
      int available) {
    static ProductView of(StockedProduct saved) {
      return new ProductView(
          saved.product().sku(),
          saved.product().name(),
          saved.product().description(),
          saved.product().priceCents(),
          saved.stock().onHand(),
          saved.stock().reserved(),
          saved.stock().available());
    }
  }
}
