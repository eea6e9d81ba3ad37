package dev.eventline.gateway.security;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.eventline.gateway.GatewayProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * Builds the {@link ReactiveJwtDecoder} that trusts the issuer's public key and nothing else: the
 * same rules as kit-web's, which every service applies again.
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
    if ((pem == null) == (jwks == null)) {
      throw new IllegalStateException(
          "set exactly one of eventline.gateway.jwt.public-key-location (PEM) and"
              + " eventline.gateway.jwt.jwk-set-location (JWK Set file)");
    }
    NimbusReactiveJwtDecoder decoder;
    if (pem != null) {
      decoder =
          NimbusReactiveJwtDecoder.withPublicKey(publicKey(read(pem, resources)))
              .signatureAlgorithm(SignatureAlgorithm.RS256)
              .build();
    } else {
      JWKSet keys = jwkSet(read(jwks, resources));
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
    JwtTimestampValidator validity = new JwtTimestampValidator(jwt.clockSkew());
    validity.setAllowEmptyExpiryClaim(false);
    return new DelegatingOAuth2TokenValidator<>(
        List.of(
            validity,
            new JwtIssuerValidator(jwt.issuer()),
            new JwtAudienceValidator(jwt.audience()),
            new JwtClaimValidator<Object>(
                JwtClaimNames.SUB, sub -> sub instanceof String id && !id.isBlank())));
  }

  private static String read(String location, ResourceLoader resources) {
    try {
      // A bare path is a file, as the devstack prints it; "file:" and "classpath:" work too.
      if (!location.contains(":") || Path.of(location).isAbsolute()) {
        return Files.readString(Path.of(location), StandardCharsets.UTF_8);
      }
      try (InputStream in = resources.getResource(location).getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read the JWT issuer key at " + location, e);
    }
  }

  private static RSAPublicKey publicKey(String pem) {
    String base64 =
        pem.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("the JWT issuer key is not an RSA public key in PEM", e);
    }
  }

  private static JWKSet jwkSet(String json) {
    try {
      JWKSet keys = JWKSet.parse(json).toPublicJWKSet();
      if (keys.getKeys().stream().noneMatch(key -> key instanceof RSAKey)) {
        throw new IllegalStateException("the JWT issuer key file holds no RSA key");
      }
      return keys;
    } catch (ParseException e) {
      throw new IllegalStateException("the JWT issuer key file is not a JWK Set", e);
    }
  }
}
