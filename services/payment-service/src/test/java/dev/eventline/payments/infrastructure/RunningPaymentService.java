package dev.eventline.payments.infrastructure;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.SignatureVerifier;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.payments.Payment;
import dev.eventline.payments.application.PaymentService;
import dev.eventline.payments.application.WalletService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment service started the way {@code ./eventline up} will start it: its own database, the
 * run's broker, its signing key in a key file like {@code .eventline/keys/payments.properties}, the
 * public key of the orders key that the test signs commands with, and the public key of a dev token
 * issuer whose tokens its HTTP API accepts, on a port of its own.
 */
final class RunningPaymentService implements AutoCloseable {
  private static final String KEY_ID = "payments-test-1";

  private final KeyPair keys;
  private final Path keyFile;
  private final Path issuerDirectory;
  private final TokenIssuer tokens;
  private final ConfigurableApplicationContext context;

  private RunningPaymentService(
      KeyPair keys,
      Path keyFile,
      Path issuerDirectory,
      TokenIssuer tokens,
      ConfigurableApplicationContext context) {
    this.keys = keys;
    this.keyFile = keyFile;
    this.issuerDirectory = issuerDirectory;
    this.tokens = tokens;
    this.context = context;
  }

  static RunningPaymentService start(
      TestDatabase database, TestKafka kafka, OrderSagaStandIn orders, Map<String, Object> more) {
    KeyPair keys = Ed25519Keys.generate();
    Path keyFile = keyFile(keys);
    Path issuerDirectory = tempDirectory("payments-issuer");
    TokenIssuer tokens = TokenIssuer.loadOrCreate(issuerDirectory);
    Map<String, Object> properties = new HashMap<>(orders.verificationKey());
    properties.put("spring.datasource.url", database.jdbcUrl());
    properties.put("spring.datasource.username", database.user());
    properties.put("spring.datasource.password", database.password());
    properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
    properties.put("eventline.signing.key-file", keyFile.toString());
    properties.put(
        "eventline.web.jwt.public-key-location", "file:" + tokens.publicKeyFile().toAbsolutePath());
    properties.put("server.port", 0);
    properties.putAll(more);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(PaymentServiceApplication.class).properties(properties).run();
    return new RunningPaymentService(keys, keyFile, issuerDirectory, tokens, context);
  }

  /** A bearer token for {@code userId} that the service accepts. */
  String tokenFor(String userId) {
    return tokens.mint(userId, TokenIssuer.Role.USER);
  }

  /**
   * A bearer token for the operator {@code userId}, whose role lets them see every user's money.
   */
  String adminTokenFor(String userId) {
    return tokens.mint(userId, TokenIssuer.Role.ADMIN);
  }

  /** Where the HTTP API listens, e.g. {@code http://localhost:54321}. */
  URI baseUri() {
    return URI.create(
        "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  WalletService wallets() {
    return context.getBean(WalletService.class);
  }

  PaymentService payments() {
    return context.getBean(PaymentService.class);
  }

  long balance(String userId) {
    return wallets().walletOf(userId).balanceCents();
  }

  Payment payment(UUID orderId) {
    return payments().paymentOf(orderId).orElseThrow();
  }

  TransactionTemplate transactions() {
    return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  JdbcClient jdbc() {
    return context.getBean(JdbcClient.class);
  }

  /** Checks signatures as a consumer of the payment service's events would. */
  SignatureVerifier verifier() {
    return new SignatureVerifier(
        Map.of(URI.create("/services/payments"), Map.of(KEY_ID, keys.getPublic())));
  }

  @Override
  public void close() throws IOException {
    context.close();
    Files.deleteIfExists(keyFile);
    try (Stream<Path> files = Files.walk(issuerDirectory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static Path tempDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path keyFile(KeyPair keys) {
    Properties key = new Properties();
    key.setProperty("key-id", KEY_ID);
    key.setProperty("private-key", Ed25519Keys.encode(keys.getPrivate()));
    try {
      Path file = Files.createTempFile("payments-key", ".properties");
      try (Writer writer = Files.newBufferedWriter(file)) {
        key.store(writer, "signing key of the payment service under test");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
