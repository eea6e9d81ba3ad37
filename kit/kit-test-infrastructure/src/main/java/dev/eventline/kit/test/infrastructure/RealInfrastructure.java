package dev.eventline.kit.test.infrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a real Kafka broker and a PostgreSQL database of its own.
 *
 * <pre>{@code
 * @RealInfrastructure
 * class OutboxRelayIntegrationTest {
 *   @Test
 *   void relaysAStoredEvent(TestDatabase database, TestKafka kafka) throws Exception {
 *     String topic = kafka.createTopic("orders", 3);
 *     try (Connection connection = database.connect()) {
 *       // ...
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>The broker and the server are shared by every class of the test run and started by the first
 * class that needs them; see {@link RealInfrastructureExtension} for what each class gets.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealInfrastructureExtension.class)
public @interface RealInfrastructure {}
