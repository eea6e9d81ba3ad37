package dev.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.eventline.cli.EventlineCommandTest.Run;
import dev.eventline.devstack.TokenIssuer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenCommandTest {
  @TempDir Path directory;

  @Test
  void printsTheTokenAloneOnStdoutSoThatAShellCanCaptureIt() throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory.resolve("keys"));

    Run run = token("alice");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\n");
    JWTClaimsSet claims = verified(run.out().strip(), issuer);
    assertThat(claims.getSubject()).isEqualTo("alice");
    assertThat(claims.getIssuer()).isEqualTo(TokenIssuer.ISSUER);
    assertThat(claims.getAudience()).containsExactly(TokenIssuer.AUDIENCE);
    assertThat(claims.getStringListClaim("roles")).containsExactly("user");
    assertThat(lifetime(claims)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void adminAddsTheAdminRole() throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory.resolve("keys"));

    Run run = token("root", "--admin");

    assertThat(verified(run.out().strip(), issuer).getStringListClaim("roles"))
        .containsExactly("user", "admin");
  }

  @Test
  void ttlSetsHowLongTheTokenIsValid() throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory.resolve("keys"));

    assertThat(lifetime(verified(token("alice", "--ttl", "30m").out().strip(), issuer)))
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(lifetime(verified(token("alice", "--ttl", "90s").out().strip(), issuer)))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(lifetime(verified(token("alice", "--ttl", "7d").out().strip(), issuer)))
        .isEqualTo(Duration.ofDays(7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "al ice", "bob/admin", "é"})
  void aMalformedUserIdIsAUsageErrorInOneLine(String user) {
    TokenIssuer.loadOrCreate(directory.resolve("keys"));

    Run run = token(user);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("eventline: a user id is 1 to 64 of a-z, A-Z, 0-9, '.', '-', '_' and '@'\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5x", "30", "1h30m", "PT1H", "m"})
  void aTtlThatIsNotANumberAndAUnitIsAUsageErrorInOneLine(String ttl) {
    TokenIssuer.loadOrCreate(directory.resolve("keys"));

    Run run = token("alice", "--ttl", ttl);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "eventline: --ttl is a number and a unit, s, m, h or d (like 30m), not '"
                + ttl
                + "'\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "31d"})
  void aTtlOutOfRangeIsAUsageErrorInOneLine(String ttl) {
    TokenIssuer.loadOrCreate(directory.resolve("keys"));

    Run run = token("alice", "--ttl", ttl);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .isEqualTo("eventline: a token lives at least 1 second and at most 30 days\n");
  }

  @Test
  void withoutTheIssuersKeyItSaysInOneLineToRunUpFirst() {
    Run run = token("alice");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "eventline: no development token issuer in "
                + directory.resolve("keys")
                + "; run './eventline up' first\n");
  }

  @Test
  void aMissingUserIsAUsageError() {
    Run run = Run.of("token", "--data-dir", directory.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Missing required parameter: 'USER'");
  }

  private Run token(String... arguments) {
    String[] command = new String[arguments.length + 3];
    command[0] = "token";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    command[arguments.length + 1] = "--data-dir";
    command[arguments.length + 2] = directory.toString();
    return Run.of(command);
  }

  /** The token's claims, once its signature checks out against the issuer's public key. */
  static JWTClaimsSet verified(String token, TokenIssuer issuer) throws Exception {
    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.verify(new RSASSAVerifier(issuer.publicKey()))).as("signature").isTrue();
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(issuer.keyId());
    return jwt.getJWTClaimsSet();
  }

  private static Duration lifetime(JWTClaimsSet claims) {
    return Duration.between(
        claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
  }
}
