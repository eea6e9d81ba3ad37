package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForgedTokensTest {
  @TempDir Path keys;

  @Test
  void aVerifierOfTheIssuerRefusesEveryForgedTokenAndAcceptsARealOne() throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(keys);
    JwksVerifier verifier = JwksVerifier.of(issuer.jwksFile());
    Map<String, String> forged = new ForgedTokens(issuer).all("mallory");

    assertThat(forged)
        .containsOnlyKeys(
            "expired",
            "not yet valid",
            "wrong issuer",
            "wrong audience",
            "alg none",
            "HS256 with the public key",
            "tampered claims",
            "signed by another key");
    forged.forEach(
        (why, token) ->
            assertThatThrownBy(() -> verifier.verify(token)).as("a token that is " + why));
    assertThat(verifier.verify(issuer.mint("mallory", TokenIssuer.Role.USER)).getSubject())
        .isEqualTo("mallory");
  }
}
