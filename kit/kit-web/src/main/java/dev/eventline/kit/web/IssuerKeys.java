package dev.eventline.kit.web;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.eventline.kit.jwt.TokenTrust;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the {@link JwtDecoder} that trusts the Eventline issuer's public key and nothing else.
 *
 * <p>Only RS256 is accepted: the key selector is bound to that algorithm, so an unsigned token
 * ({@code alg: none}) and an HMAC token "signed" with the public key (the HS/RS confusion attack)
 * never find a key.
 */
final class IssuerKeys {
  private IssuerKeys() {}

  /**
   * The decoder for {@code jwt}'s key and rules.
   *
   * @throws IllegalStateException when neither or both key locations are set, or the key is
   *     unreadable
   */
  static JwtDecoder decoder(EventlineWebProperties.Jwt jwt, ResourceLoader resources) {
    String pem = jwt.publicKeyLocation();
    String jwks = jwt.jwkSetLocation();
    if ((pem == null) == (jwks == null)) {
      throw new IllegalStateException(
          "set exactly one of eventline.web.jwt.public-key-location (PEM) and"
              + " eventline.web.jwt.jwk-set-location (JWK Set file)");
    }
    NimbusJwtDecoder decoder =
        pem != null
            ? NimbusJwtDecoder.withPublicKey(TokenTrust.publicKey(pem, resources))
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build()
            : NimbusJwtDecoder.withJwkSource(
                    new ImmutableJWKSet<>(TokenTrust.jwkSet(jwks, resources)))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
    decoder.setJwtValidator(validator(jwt));
    return decoder;
  }

  static OAuth2TokenValidator<Jwt> validator(EventlineWebProperties.Jwt jwt) {
    return TokenTrust.rules(jwt.issuer(), jwt.audience(), jwt.clockSkew());
  }
}
