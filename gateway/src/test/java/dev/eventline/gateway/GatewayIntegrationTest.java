package dev.eventline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running gateway in front of three recording services, trusting {@link Tokens#ISSUER}, and a
 * client to call it. Every subclass shares one gateway (one Spring context) and the services.
 */
@SpringBootTest(
    classes = GatewayApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "eventline.gateway.max-body-size=2KB",
      "eventline.gateway.rate-limit.capacity=10",
      "eventline.gateway.rate-limit.refill-per-second=1",
      "eventline.gateway.details-timeout=2s"
    })
abstract class GatewayIntegrationTest {
  static final RecordingService ORDERS = new RecordingService("orders");
  static final RecordingService PAYMENTS = new RecordingService("payments");
  static final RecordingService INVENTORY = new RecordingService("inventory");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("eventline.gateway.services.orders", () -> ORDERS.uri().toString());
    registry.add("eventline.gateway.services.payments", () -> PAYMENTS.uri().toString());
    registry.add("eventline.gateway.services.inventory", () -> INVENTORY.uri().toString());
    registry.add(
        "eventline.gateway.jwt.public-key-location",
        () -> "file:" + Tokens.ISSUER.publicKeyFile().toAbsolutePath());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  HttpRequest.Builder request(String path, String token) {
    return request(path).header("Authorization", "Bearer " + token);
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    return send(request(path, token).GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** An RFC 9457 problem of {@code status} for {@code path}, carrying the correlation id. */
  static void assertProblem(HttpResponse<String> response, int status, String path) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    String correlationId = response.headers().firstValue("X-Correlation-ID").orElseThrow();
    assertThat(response.body())
        .contains("\"type\":\"about:blank\"")
        .contains("\"title\":")
        .contains("\"status\":" + status)
        .contains("\"detail\":")
        .contains("\"instance\":\"" + path + "\"")
        .contains("\"correlationId\":\"" + correlationId + "\"");
  }
}
