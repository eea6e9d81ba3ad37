package dev.eventline.kit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.sample.SampleEvents;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What a service sees when its eventline.* settings are missing or wrong, and when they are right.
 */
@RealInfrastructure
class StarterSettingsIntegrationTest {
  private final ApplicationContextRunner service;

  StarterSettingsIntegrationTest(TestDatabase database, TestKafka kafka) {
    ShopSettings settings = ShopSettings.of(database, kafka, "shop", Duration.ofMillis(500));
    this.service =
        new ApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class,
                    KafkaAutoConfiguration.class,
                    EventlineAutoConfiguration.class))
            .withPropertyValues(
                settings.properties().entrySet().stream()
                    .filter(setting -> !setting.getKey().startsWith("eventline."))
                    .map(setting -> setting.getKey() + "=" + setting.getValue())
                    .toArray(String[]::new))
            .withBean(EventTypes.class, () -> SampleEvents.TYPES);
  }

  @Test
  void aServiceWithoutANameIsToldToSetOne() {
    service.run(
        context ->
            assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("set eventline.service to this service's name"));
  }

  @Test
  void aServiceWithoutASigningKeyIsToldWhereToPutOne() {
    service
        .withPropertyValues("eventline.service=shop")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("no signing key: set eventline.signing.key-file"));
  }

  @Test
  void aMalformedVerificationKeyIsNamedByItsProperty() {
    service
        .withPropertyValues(
            "eventline.service=shop",
            "eventline.signing.key-id=k",
            "eventline.signing.private-key=" + privateKey(),
            "eventline.verification.keys.orders.orders-1=not-a-key")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .hasStackTraceContaining("eventline.verification.keys.orders.orders-1"));
  }

  @Test
  void aServiceWithoutEventTypesIsToldToDeclareThem() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(EventlineAutoConfiguration.class))
        .withPropertyValues("eventline.service=shop")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("needs an EventTypes bean"));
  }

  @Test
  void aKeyFileAsTheDevstackWritesItIsEnough(@TempDir Path directory) throws Exception {
    KeyPair keys = Ed25519Keys.generate();
    Path keyFile =
        Files.writeString(
            directory.resolve("shop.properties"),
            "key-id=shop-dev-1\nprivate-key="
                + Ed25519Keys.encode(keys.getPrivate())
                + "\npublic-key="
                + Ed25519Keys.encode(keys.getPublic())
                + "\n");

    service
        .withPropertyValues("eventline.service=shop", "eventline.signing.key-file=" + keyFile)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(TransactionalEventPublisher.class);
            });
  }

  private static String privateKey() {
    return Ed25519Keys.encode(Ed25519Keys.generate().getPrivate());
  }
}
