package dev.eventline.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import dev.eventline.gateway.GatewayProperties;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The decoder trusts the issuer's key from a PEM or a JWK Set file, and RS256 only. */
class IssuerKeysTest {
  @TempDir static Path keys;

  @Test
  void verifiesTokensAgainstAJwkSetFile() {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(keys);
    ReactiveJwtDecoder decoder = decoder(null, issuer.jwksFile().toString());

    assertThat(decoder.decode(issuer.mint("alice", Role.USER)).block().getSubject())
        .isEqualTo("alice");
  }

  @Test
  void verifiesTokensAgainstAPemFile() {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(keys);
    ReactiveJwtDecoder decoder = decoder("file:" + issuer.publicKeyFile().toAbsolutePath(), null);

    assertThat(decoder.decode(issuer.mint("bob", Role.ADMIN)).block().getSubject())
        .isEqualTo("bob");
  }

  @Test
  void refusesTokensOfAnotherKey(@TempDir Path otherKeys) {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(keys);
    ReactiveJwtDecoder decoder = decoder(null, issuer.jwksFile().toString());
    String foreign = TokenIssuer.loadOrCreate(otherKeys).mint("alice", Role.USER);

    assertThatThrownBy(() -> decoder.decode(foreign).block()).isInstanceOf(JwtException.class);
  }

  @Test
  void refusesToStartWithoutExactlyOneKeyLocation() throws Exception {
    Path pem = Files.writeString(keys.resolve("x.pem"), "");

    assertThatThrownBy(() -> decoder(null, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> decoder(pem.toString(), pem.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
  }

  @Test
  void verifiesTokensAgainstAnOidcIssuersJwksUriAndFindsAKeyItRotatedIn(@TempDir Path rotated)
      throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(keys);
    AtomicReference<String> published = new AtomicReference<>(Files.readString(issuer.jwksFile()));
    HttpServer jwksEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwksEndpoint.createContext(
        "/jwks",
        exchange -> {
          byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    jwksEndpoint.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + jwksEndpoint.getAddress().getPort() + "/jwks");
      ReactiveJwtDecoder decoder =
          IssuerKeys.decoder(jwt(null, null, uri), new DefaultResourceLoader());

      assertThat(decoder.decode(issuer.mint("carol", Role.USER)).block().getSubject())
          .isEqualTo("carol");
      TokenIssuer next = TokenIssuer.loadOrCreate(rotated);
      String signedByTheNewKey = next.mint("dave", Role.USER);
      assertThatThrownBy(() -> decoder.decode(signedByTheNewKey).block())
          .as("a key the issuer has not published")
          .isInstanceOf(JwtException.class);

      published.set(Files.readString(next.jwksFile()));
      assertThat(decoder.decode(signedByTheNewKey).block().getSubject()).isEqualTo("dave");
    } finally {
      jwksEndpoint.stop(0);
    }
  }

  private static ReactiveJwtDecoder decoder(String pem, String jwks) {
    return IssuerKeys.decoder(jwt(pem, jwks, null), new DefaultResourceLoader());
  }

  private static GatewayProperties.Jwt jwt(String pem, String jwks, URI jwkSetUri) {
    return new GatewayProperties.Jwt(
        pem, jwks, jwkSetUri, GatewayProperties.DEV_ISSUER, "eventline", Duration.ofSeconds(30));
  }
}
