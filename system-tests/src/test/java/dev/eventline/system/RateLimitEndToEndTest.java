package dev.eventline.system;

import static dev.eventline.system.RawHttp.gatewayAudit;
import static dev.eventline.system.RawHttp.get;
import static dev.eventline.system.RawHttp.newUser;
import static dev.eventline.system.RawHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6: a user over the gateway's rate limit is refused with 429 and Retry-After, audited, while
 * other users still pass.
 */
@ExtendWith(RunningSystem.Extension.class)
class RateLimitEndToEndTest {
  private static final int FLOOD = 800;
  private static final int FLOODERS = 16;

  private static RunningSystem system;
  private static TokenIssuer issuer;
  private static URI gateway;

  @BeforeAll
  static void open(RunningSystem running) {
    system = running;
    issuer = running.stack().tokenIssuer();
    gateway = running.gateway().baseUri();
  }

  /**
   * The limit is checked once the caller is known and before any route, so most of the flood asks
   * for a path no service serves (the gateway answers 404 itself): what is measured is the limit,
   * not how fast the services answer. Every fourth request is a real one, refused all the same.
   */
  @Test
  void aUserOverTheLimitGets429WithRetryAfterWhileOtherUsersStillPass() throws Exception {
    String flooderId = newUser();
    String flooder = issuer.mint(flooderId, Role.USER);
    String bystander = issuer.mint(newUser(), Role.USER);

    List<HttpResponse<String>> flood = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(FLOODERS)) {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < FLOOD; i++) {
        String path = i % 4 == 0 ? "/api/wallet" : "/api/flood";
        sent.add(threads.submit(() -> send(get(gateway, path, flooder))));
      }
      HttpResponse<String> other = send(get(gateway, "/api/wallet", bystander));
      assertThat(other.statusCode()).as("another user during the flood").isEqualTo(200);
      for (Future<HttpResponse<String>> response : sent) {
        flood.add(response.get());
      }
    }

    List<HttpResponse<String>> limited =
        flood.stream().filter(response -> response.statusCode() == 429).toList();
    assertThat(limited).as("answers over the limit").isNotEmpty();
    assertThat(flood)
        .allMatch(r -> List.of(200, 404, 429).contains(r.statusCode()))
        .filteredOn(r -> r.uri().getPath().equals("/api/wallet"))
        .as("the flooder's real requests")
        .anyMatch(r -> r.statusCode() == 429);
    assertThat(limited)
        .allSatisfy(
            response -> {
              assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()))
                  .isPositive();
              assertThat(response.headers().firstValue("Content-Type"))
                  .hasValue("application/problem+json");
            });
    assertThat(send(get(gateway, "/api/wallet", bystander)).statusCode()).isEqualTo(200);
    assertThat(gatewayAudit(system))
        .as("the gateway's audit lines")
        .anyMatch(line -> line.contains("RATE_LIMIT DENIED: " + flooderId + " "));
  }
}
