package dev.eventline.devstack;

/**
 * The services of the order system that own a database; each gets a database and a login role, and
 * on a secure Kafka a user of its own ({@link KafkaCluster#credentials(Service)}).
 */
public enum Service {
  ORDERS,
  PAYMENTS,
  INVENTORY,
  NOTIFICATIONS;

  /** The name of the service's database and of its login role, e.g. {@code orders}. */
  public String databaseName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
