package dev.eventline.kit.web;

import dev.eventline.kit.web.sample.SampleApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A running sample service that trusts {@link Tokens#ISSUER}, and a client to call it. */
@SpringBootTest(
    classes = SampleApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "eventline.web.max-body-size=2KB",
      "logging.level.org.springframework.security=DEBUG",
      "logging.level.dev.eventline=DEBUG"
    })
abstract class WebIntegrationTest {
  private final HttpClient client = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void trustTheDevIssuer(DynamicPropertyRegistry registry) {
    registry.add(
        "eventline.web.jwt.public-key-location",
        () -> "file:" + Tokens.ISSUER.publicKeyFile().toAbsolutePath());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    return send(request(path).header("Authorization", "Bearer " + token).GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
