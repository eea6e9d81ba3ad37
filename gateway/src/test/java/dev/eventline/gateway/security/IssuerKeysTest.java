package dev.eventline.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import dev.eventline.gateway.GatewayProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

  private static ReactiveJwtDecoder decoder(String pem, String jwks) {
    return IssuerKeys.decoder(
        new GatewayProperties.Jwt(
            pem, jwks, GatewayProperties.DEV_ISSUER, "eventline", Duration.ofSeconds(30)),
        new DefaultResourceLoader());
  }
}
