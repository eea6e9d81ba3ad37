package dev.eventline.kit.jwt;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The one definition of which bearer tokens Eventline trusts, shared by the services (kit-web,
 * servlet) and the gateway (reactive), whose decoders differ only in their threading: the issuer's
 * RSA key, read from a PEM or a JWK Set file, and the rules a token's claims must meet.
 */
public final class TokenTrust {
  private TokenTrust() {}

  /**
   * An {@code exp} (required) and {@code nbf} within {@code clockSkew} of the local clock, this
   * {@code issuer}, this {@code audience} among {@code aud}, and a non-blank {@code sub}.
   */
  public static OAuth2TokenValidator<Jwt> rules(
      String issuer, String audience, Duration clockSkew) {
    JwtTimestampValidator validity = new JwtTimestampValidator(clockSkew);
    validity.setAllowEmptyExpiryClaim(false);
    return new DelegatingOAuth2TokenValidator<>(
        List.of(
            validity,
            new JwtIssuerValidator(issuer),
            new JwtAudienceValidator(audience),
            new JwtClaimValidator<Object>(
                JwtClaimNames.SUB, sub -> sub instanceof String id && !id.isBlank())));
  }

  /**
   * Checks that exactly one source of the issuer's keys is set: a PEM key, a JWK Set file, or an
   * OIDC issuer's {@code jwks_uri}.
   *
   * @param prefix the settings' prefix, e.g. {@code eventline.web.jwt}, for the message
   * @throws IllegalStateException naming the three settings otherwise
   */
  public static void requireOneKeySource(
      String prefix,
      @Nullable String publicKeyLocation,
      @Nullable String jwkSetLocation,
      @Nullable URI jwkSetUri) {
    if (Stream.of(publicKeyLocation, jwkSetLocation, jwkSetUri).filter(Objects::nonNull).count()
        != 1) {
      throw new IllegalStateException(
          ("set exactly one of %1$s.public-key-location (PEM), %1$s.jwk-set-location (JWK Set"
                  + " file) and %1$s.jwk-set-uri (an OIDC issuer's jwks_uri)")
              .formatted(prefix));
    }
  }

  /** The issuer's RSA public key from a PEM file at {@code location}. */
  public static RSAPublicKey publicKey(String location, ResourceLoader resources) {
    String base64 =
        read(location, resources)
            .replace("-----BEGIN PUBLIC KEY-----", "")
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

  /** The public keys of the JWK Set file at {@code location}, which must hold an RSA key. */
  public static JWKSet jwkSet(String location, ResourceLoader resources) {
    JWKSet keys;
    try {
      keys = JWKSet.parse(read(location, resources)).toPublicJWKSet();
    } catch (ParseException e) {
      throw new IllegalStateException("the JWT issuer key file is not a JWK Set", e);
    }
    if (keys.getKeys().stream().noneMatch(key -> key instanceof RSAKey)) {
      throw new IllegalStateException("the JWT issuer key file holds no RSA key");
    }
    return keys;
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
}
