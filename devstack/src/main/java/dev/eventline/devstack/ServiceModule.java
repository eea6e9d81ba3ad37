package dev.eventline.devstack;

import java.nio.file.Path;

/**
 * The services of the order system that run as their own JVM, with the Maven module that builds
 * each one's runnable jar ({@code target/<module>-<version>-exec.jar}).
 */
public enum ServiceModule {
  INVENTORY(Service.INVENTORY, "inventory-service"),
  PAYMENTS(Service.PAYMENTS, "payment-service"),
  ORDERS(Service.ORDERS, "order-service");

  private final Service service;
  private final String module;

  ServiceModule(Service service, String module) {
    this.service = service;
    this.module = module;
  }

  /** The service whose database, login role and signing key this JVM uses. */
  public Service service() {
    return service;
  }

  /** The Maven module, e.g. {@code order-service}; also the name its logs go under. */
  public String module() {
    return module;
  }

  /** The module's directory under the project root: {@code services/order-service}. */
  public String path() {
    return "services/" + module;
  }

  /**
   * The runnable jar that {@code ./mvnw package} left under the project {@code home}.
   *
   * @throws DevstackException when it was not built, naming the command that builds it
   */
  public Path jar(Path home) {
    return RunnableJar.of(home, path(), module);
  }
}
