package dev.eventline.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiExceptionTest {
  private static ApiException answer(int status, String title) {
    return new ApiException(
        "POST", URI.create("http://127.0.0.1/api/orders"), status, title, "", "c-1");
  }

  @Test
  void onlyThe422UnknownProductMeansTheCatalogueIsNotKnownYet() {
    assertThat(answer(422, "Unknown product").isUnknownProduct()).isTrue();
    assertThat(answer(422, "Idempotency-Key reused").isUnknownProduct()).isFalse();
    assertThat(answer(400, "Unknown product").isUnknownProduct()).isFalse();
  }
}
