package dev.eventline.gateway.security;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import dev.eventline.gateway.GatewayProperties;
import dev.eventline.kit.jwt.TokenTrust;
import java.net.URI;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * Builds the {@link ReactiveJwtDecoder} that trusts the issuer's public keys and nothing else (a
 * PEM key, a JWK Set file such as the devstack's, or an OIDC issuer's {@code jwks_uri}): the same
 * rules as kit-web's, which every service applies again.
 *
 * <p>Only RS256 is accepted: the decoder is bound to that algorithm, so an unsigned token ({@code
 * alg: none}) and an HMAC token "signed" with the public key (the HS/RS confusion attack) never
 * find a key.
 */
final class IssuerKeys {
  private IssuerKeys() {}

  /**
   * The decoder for {@code jwt}'s key and rules.
   *
   * @throws IllegalStateException when neither or both key locations are set, or the key is
   *     unreadable
   */
  static ReactiveJwtDecoder decoder(GatewayProperties.Jwt jwt, ResourceLoader resources) {
    String pem = jwt.publicKeyLocation();
    String jwks = jwt.jwkSetLocation();
    URI remote = jwt.jwkSetUri();
    TokenTrust.requireOneKeySource("eventline.gateway.jwt", pem, jwks, remote);
    NimbusReactiveJwtDecoder decoder;
    if (remote != null) {
      decoder =
          NimbusReactiveJwtDecoder.withJwkSetUri(remote.toString())
              .jwsAlgorithm(SignatureAlgorithm.RS256)
              .build();
    } else if (pem != null) {
      decoder =
          NimbusReactiveJwtDecoder.withPublicKey(TokenTrust.publicKey(pem, resources))
              .signatureAlgorithm(SignatureAlgorithm.RS256)
              .build();
    } else {
      JWKSet keys = TokenTrust.jwkSet(jwks, resources);
      decoder =
          NimbusReactiveJwtDecoder.withJwkSource(
                  token ->
                      Flux.fromIterable(
                          new JWKSelector(JWKMatcher.forJWSHeader(token.getHeader())).select(keys)))
              .jwsAlgorithm(SignatureAlgorithm.RS256)
              .build();
    }
    decoder.setJwtValidator(validator(jwt));
    return decoder;
  }

  static OAuth2TokenValidator<Jwt> validator(GatewayProperties.Jwt jwt) {
    return TokenTrust.rules(jwt.issuer(), jwt.audience(), jwt.clockSkew());
  }
}
