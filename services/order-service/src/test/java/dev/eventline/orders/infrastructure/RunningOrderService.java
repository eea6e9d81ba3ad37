package dev.eventline.orders.infrastructure;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The order service started the way {@code ./eventline up} starts it: its own database, the run's
 * broker, a signing key of its own, the public keys of the participants the test plays, and the
 * public key of a dev token issuer whose tokens its HTTP API accepts, on a port of its own.
 */
final class RunningOrderService implements AutoCloseable {
  private final ConfigurableApplicationContext context;
  private final TokenIssuer tokens;
  private final Path issuerDirectory;

  private RunningOrderService(
      ConfigurableApplicationContext context, TokenIssuer tokens, Path issuerDirectory) {
    this.context = context;
    this.tokens = tokens;
    this.issuerDirectory = issuerDirectory;
  }

  static RunningOrderService start(
      TestDatabase database, TestKafka kafka, PlayedParticipants participants) {
    Path issuerDirectory = tempDirectory();
    TokenIssuer tokens = TokenIssuer.loadOrCreate(issuerDirectory);
    KeyPair orderKeys = Ed25519Keys.generate();
    Map<String, Object> settings = new HashMap<>();
    settings.put("spring.datasource.url", database.jdbcUrl());
    settings.put("spring.datasource.username", database.user());
    settings.put("spring.datasource.password", database.password());
    settings.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
    settings.put("eventline.signing.key-id", PlayedParticipants.keyId("orders"));
    settings.put("eventline.signing.private-key", Ed25519Keys.encode(orderKeys.getPrivate()));
    verifying(settings, "orders", orderKeys);
    verifying(settings, "payments", participants.paymentKeys);
    verifying(settings, "inventory", participants.inventoryKeys);
    settings.put("eventline.outbox.poll-interval", "200ms");
    settings.put("eventline.sagas.deadline-poll-interval", "200ms");
    settings.put(
        "eventline.web.jwt.public-key-location", "file:" + tokens.publicKeyFile().toAbsolutePath());
    settings.put("server.port", 0);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(OrderServiceApplication.class).properties(settings).run();
    return new RunningOrderService(context, tokens, issuerDirectory);
  }

  /** A bearer token for {@code userId} that the service accepts. */
  String tokenFor(String userId) {
    return tokens.mint(userId, TokenIssuer.Role.USER);
  }

  /** A bearer token for an administrator. */
  String adminToken(String userId) {
    return tokens.mint(userId, TokenIssuer.Role.ADMIN);
  }

  /** Where the HTTP API listens, e.g. {@code http://localhost:54321}. */
  URI baseUri() {
    return URI.create(
        "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() throws IOException {
    context.close();
    try (Stream<Path> files = Files.walk(issuerDirectory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static void verifying(Map<String, Object> settings, String service, KeyPair keys) {
    settings.put(
        "eventline.verification.keys." + service + "." + PlayedParticipants.keyId(service),
        Ed25519Keys.encode(keys.getPublic()));
  }

  private static Path tempDirectory() {
    try {
      return Files.createTempDirectory("orders-issuer");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
