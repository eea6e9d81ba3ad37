package dev.eventline.devstack;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.nio.file.Path;
import java.util.Set;

/**
 * A verifier as a service will build one from the dev issuer's JWK Set: RS256 only, signature, iss,
 * aud, exp and nbf (with nimbus's default 60 s skew) and every claim a dev token carries.
 */
final class JwksVerifier {
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  private JwksVerifier(JWKSet keys) {
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            TokenIssuer.AUDIENCE,
            new JWTClaimsSet.Builder().issuer(TokenIssuer.ISSUER).build(),
            Set.of("sub", "iat", "nbf", "exp", "jti", TokenIssuer.ROLES_CLAIM)));
  }

  static JwksVerifier of(Path jwksFile) throws Exception {
    return new JwksVerifier(JWKSet.load(jwksFile.toFile()));
  }

  /** The token's claims if it is valid; throws otherwise. */
  JWTClaimsSet verify(String token) throws Exception {
    return processor.process(token, null);
  }
}
