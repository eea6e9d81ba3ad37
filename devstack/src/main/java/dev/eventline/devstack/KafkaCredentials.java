package dev.eventline.devstack;

import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * One Kafka user of a secure devstack: its SCRAM-SHA-512 login on the brokers' SASL_PLAINTEXT
 * listener. Its ACL principal is {@code User:<username>}.
 *
 * <pre>{@code
 * Map<String, Object> properties = new HashMap<>(stack.kafka().clientProperties(Service.PAYMENTS));
 * // the same as: bootstrap.servers plus stack.kafka().credentials(Service.PAYMENTS).clientProperties()
 * }</pre>
 */
public record KafkaCredentials(String username, String password) {
  /** The only mechanism the client listener accepts. */
  public static final String MECHANISM = "SCRAM-SHA-512";

  /** The super user the devstack itself, the brokers among themselves, tests and the CLI use. */
  public static final String ADMIN = "admin";

  /** The ACL principal, e.g. {@code User:payments}. */
  public String principal() {
    return "User:" + username;
  }

  /** The {@code sasl.jaas.config} value that logs in as this user. */
  public String jaasConfig() {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
        + username
        + "\" password=\""
        + password
        + "\";";
  }

  /** {@code security.protocol}, {@code sasl.mechanism} and {@code sasl.jaas.config}. */
  public Map<String, Object> clientProperties() {
    return Map.of(
        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
        SecurityProtocol.SASL_PLAINTEXT.name,
        SaslConfigs.SASL_MECHANISM,
        MECHANISM,
        SaslConfigs.SASL_JAAS_CONFIG,
        jaasConfig());
  }

  @Override
  public String toString() {
    return "KafkaCredentials[" + principal() + "]";
  }
}
