package dev.eventline.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 6, item 1: per-route request metrics at the open Prometheus endpoint. */
class MetricsIntegrationTest extends GatewayIntegrationTest {

  @Test
  void countsRequestsPerRouteAtThePrometheusEndpoint() throws Exception {
    assertThat(get("/api/products", Tokens.user(Tokens.newUser())).statusCode()).isEqualTo(200);

    // The timer stops as the response completes, which may be just after the client has it.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              HttpResponse<String> metrics = send(request("/actuator/prometheus"));
              assertThat(metrics.statusCode()).isEqualTo(200);
              assertThat(metrics.body().lines())
                  .anySatisfy(
                      line ->
                          assertThat(line)
                              .startsWith("spring_cloud_gateway_requests_seconds_count{")
                              .contains("routeId=\"inventory\"")
                              .contains("httpStatusCode=\"200\"")
                              .contains("service=\"gateway\""));
            });
  }
}
