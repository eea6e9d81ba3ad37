package dev.eventline.system;

import static dev.eventline.system.RawHttp.get;
import static dev.eventline.system.RawHttp.newUser;
import static dev.eventline.system.RawHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.ForgedTokens;
import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6: no token, password or private key of the stack ever reaches a log, whatever tokens
 * arrive.
 */
@ExtendWith(RunningSystem.Extension.class)
class NoSecretsInLogsEndToEndTest {

  private static RunningSystem system;
  private static TokenIssuer issuer;
  private static URI gateway;

  @BeforeAll
  static void open(RunningSystem running) {
    system = running;
    issuer = running.stack().tokenIssuer();
    gateway = running.gateway().baseUri();
  }

  @Test
  void noTokenAndNoSecretOfTheStackEverAppearsInALog() throws IOException {
    String user = newUser();
    List<String> tokens = new ArrayList<>(new ForgedTokens(issuer).all(user).values());
    tokens.add(issuer.mint(user, Role.USER));
    tokens.add(issuer.mint(user, Role.ADMIN));
    for (String token : tokens) {
      send(get(gateway, "/api/orders", token));
      send(get(gateway, "/api/admin/sagas", token));
    }
    Path directory = system.stack().options().directory();
    List<String> secrets = Secrets.of(directory);
    assertThat(secrets).as("secrets the stack keeps").hasSizeGreaterThan(5);

    List<Path> logs;
    try (Stream<Path> files = Files.list(directory.resolve("logs"))) {
      logs = files.filter(Files::isRegularFile).toList();
    }
    assertThat(logs).isNotEmpty();
    for (Path log : logs) {
      String text = Files.readString(log);
      for (String token : tokens) {
        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertThat(text).as("%s holds a token", log).doesNotContain(token);
        if (signature.length() > 20) {
          assertThat(text).as("%s holds a token's signature", log).doesNotContain(signature);
        }
      }
      for (String secret : secrets) {
        assertThat(text).as("%s holds a secret of the stack", log).doesNotContain(secret);
      }
    }
  }
}
