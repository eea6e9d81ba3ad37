package dev.eventline.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class IssuerKeysTest {

  @Test
  void verifiesTokensAgainstAJwkSetFile() {
    JwtDecoder decoder =
        IssuerKeys.decoder(jwt(null, Tokens.ISSUER.jwksFile().toString()), loader());

    assertThat(decoder.decode(Tokens.ISSUER.mint("alice", Role.USER)).getSubject())
        .isEqualTo("alice");
    assertThatThrownBy(() -> decoder.decode(Tokens.FORGED.unsigned("mallory")))
        .isInstanceOf(JwtException.class);
  }

  @Test
  void verifiesTokensAgainstAnOidcIssuersJwksUri() throws Exception {
    byte[] jwks = Files.readAllBytes(Tokens.ISSUER.jwksFile());
    HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    issuer.createContext(
        "/jwks",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    issuer.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + issuer.getAddress().getPort() + "/jwks");
      JwtDecoder decoder =
          IssuerKeys.decoder(
              new EventlineWebProperties.Jwt(
                  null,
                  null,
                  uri,
                  TokenIssuer.ISSUER,
                  TokenIssuer.AUDIENCE,
                  Duration.ofSeconds(30)),
              loader());

      assertThat(decoder.decode(Tokens.ISSUER.mint("erin", Role.USER)).getSubject())
          .isEqualTo("erin");
      assertThatThrownBy(() -> decoder.decode(Tokens.FORGED.tampered("alice")))
          .isInstanceOf(JwtException.class);
    } finally {
      issuer.stop(0);
    }
  }

  @Test
  void refusesToStartWithoutAKey() {
    assertThatThrownBy(() -> IssuerKeys.decoder(jwt(null, null), loader()))
        .hasMessageContaining("eventline.web.jwt.public-key-location");
  }

  @Test
  void refusesToStartWithTwoKeys() {
    String pem = "file:" + Tokens.ISSUER.publicKeyFile();
    String jwks = Tokens.ISSUER.jwksFile().toString();

    assertThatThrownBy(() -> IssuerKeys.decoder(jwt(pem, jwks), loader()))
        .hasMessageContaining("exactly one");
  }

  private static EventlineWebProperties.Jwt jwt(String pem, String jwks) {
    return new EventlineWebProperties.Jwt(
        pem, jwks, null, TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, Duration.ofSeconds(30));
  }

  private static DefaultResourceLoader loader() {
    return new DefaultResourceLoader();
  }
}
