package dev.eventline.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.devstack.DevCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 6, item 1: under {@code ./eventline up --tls} the gateway serves HTTPS with the devstack's
 * development certificate, which clients trust by its PEM file; its actuator stays on a plain
 * loopback port for the health checks and Prometheus.
 */
@SpringBootTest(
    classes = GatewayApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"management.server.port=0", "management.server.ssl.enabled=false"})
class TlsIntegrationTest {
  private static final RecordingService INVENTORY = new RecordingService("inventory");
  private static final DevCertificate CERTIFICATE = DevCertificate.loadOrCreate(directory());

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("eventline.gateway.services.orders", () -> INVENTORY.uri().toString());
    registry.add("eventline.gateway.services.payments", () -> INVENTORY.uri().toString());
    registry.add("eventline.gateway.services.inventory", () -> INVENTORY.uri().toString());
    registry.add(
        "eventline.gateway.jwt.public-key-location",
        () -> "file:" + Tokens.ISSUER.publicKeyFile().toAbsolutePath());
    registry.add("server.ssl.enabled", () -> "true");
    registry.add("server.ssl.key-store", () -> "file:" + CERTIFICATE.keyStore());
    registry.add("server.ssl.key-store-type", () -> "PKCS12");
    registry.add("server.ssl.key-store-password", CERTIFICATE::keyStorePassword);
  }

  @Test
  void servesTheApiOverHttpsToAClientThatTrustsTheDevCertificate() throws Exception {
    HttpClient trusting = HttpClient.newBuilder().sslContext(CERTIFICATE.trustingContext()).build();
    String id = "tls-" + System.nanoTime();

    HttpResponse<String> response =
        trusting.send(
            HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/api/products"))
                .header("Authorization", "Bearer " + Tokens.user(Tokens.newUser()))
                .header("X-Correlation-ID", id)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(INVENTORY.withCorrelationId(id)).hasSize(1);
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateCannotTalkToIt() {
    HttpClient ordinary = HttpClient.newHttpClient();

    assertThatThrownBy(
            () ->
                ordinary.send(
                    HttpRequest.newBuilder(
                            URI.create("https://127.0.0.1:" + port + "/api/products"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void healthAndMetricsStayOnAPlainLoopbackPort() throws Exception {
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
  }

  private static Path directory() {
    try {
      return Files.createTempDirectory("gateway-tls");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
