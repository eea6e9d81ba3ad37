package dev.eventline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

/**
 * Requests as an attacker sends them, byte for byte, rather than through the typed client (which
 * waits out a 429 and turns problems into exceptions), and the gateway's audit lines they leave.
 */
final class RawHttp {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private RawHttp() {}

  static HttpRequest.Builder get(URI base, String path, String token) {
    return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
  }

  static HttpRequest.Builder json(URI base, String path, String token, String body) {
    return get(base, path, token)
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(body));
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The gateway's audit lines so far: it has no database, its log is its audit trail. */
  static List<String> gatewayAudit(RunningSystem system) throws IOException {
    return Files.readAllLines(system.gateway().logFile()).stream()
        .filter(line -> line.contains(" DENIED: "))
        .toList();
  }

  /** A user id no other request has used. */
  static String newUser() {
    return "sec-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
