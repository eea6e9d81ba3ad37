package dev.eventline.kit.web;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.eventline.kit.jwt.TokenTrust;
import java.net.URI;
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
    URI remote = jwt.jwkSetUri();
    TokenTrust.requireOneKeySource("eventline.web.jwt", pem, jwks, remote);
    NimbusJwtDecoder decoder;
    if (remote != null) {
      // An OIDC issuer's keys, cached and fetched again for a key id it rotated in.
      decoder =
          NimbusJwtDecoder.withJwkSetUri(remote.toString())
              .jwsAlgorithm(SignatureAlgorithm.RS256)
              .build();
    } else if (pem != null) {
      decoder =
          NimbusJwtDecoder.withPublicKey(TokenTrust.publicKey(pem, resources))
              .signatureAlgorithm(SignatureAlgorithm.RS256)
              .build();
    } else {
      decoder =
          NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(TokenTrust.jwkSet(jwks, resources)))
              .jwsAlgorithm(SignatureAlgorithm.RS256)
              .build();
    }
    decoder.setJwtValidator(validator(jwt));
    return decoder;
  }

  static OAuth2TokenValidator<Jwt> validator(EventlineWebProperties.Jwt jwt) {
    return TokenTrust.rules(jwt.issuer(), jwt.audience(), jwt.clockSkew());
  }
}
