package dev.eventline.cli;

import dev.eventline.cli.client.BearerTokens;
import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.devstack.DevCertificate;
import dev.eventline.devstack.Devstack;
import dev.eventline.devstack.DevstackException;
import dev.eventline.devstack.DevstackOptions;
import dev.eventline.devstack.GatewayOptions;
import dev.eventline.devstack.OrderSystem;
import dev.eventline.devstack.ServiceEndpoints;
import dev.eventline.devstack.Telemetry;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Kafka, PostgreSQL and every service of the order system, started for {@code up} and {@code demo}
 * and stopped together.
 */
record LaunchedSystem(Devstack stack, OrderSystem services) implements AutoCloseable {

  /** Starts the devstack, then every service from its jar under the project home. */
  static LaunchedSystem start(DevstackOptions options, PrintWriter out) {
    return start(options, Telemetry.DEFAULT, out);
  }

  /**
   * Like {@link #start(DevstackOptions, PrintWriter)}, with the services logging and tracing as
   * {@code telemetry} says.
   */
  static LaunchedSystem start(DevstackOptions options, Telemetry telemetry, PrintWriter out) {
    return start(options, telemetry, GatewayOptions.DEFAULT, out);
  }

  /** Like {@link #start(DevstackOptions, Telemetry, PrintWriter)}, with the gateway run as said. */
  static LaunchedSystem start(
      DevstackOptions options, Telemetry telemetry, GatewayOptions gateway, PrintWriter out) {
    Devstack stack = Devstack.start(options);
    try {
      out.println("Starting the services (order, payment, inventory) and the gateway...");
      OrderSystem services =
          OrderSystem.start(stack, home(), telemetry, gateway, line -> out.println("  " + line));
      return new LaunchedSystem(stack, services);
    } catch (DevstackException e) {
      stack.close();
      throw e;
    }
  }

  /**
   * A client of the running system, through its gateway, with the dev issuer's tokens; {@code
   * prefix} starts its correlation ids.
   */
  OrderSystemClient client(String prefix) {
    ServiceEndpoints endpoints = services.endpoints();
    return OrderSystemClient.of(
        endpoints,
        DevCertificate.trustFor(endpoints, stack.options().directory()),
        new BearerTokens(stack.tokenIssuer()),
        prefix);
  }

  /** The project root: {@code ./eventline} passes it as {@code eventline.home}. */
  static Path home() {
    return Path.of(System.getProperty("eventline.home", System.getProperty("user.dir")))
        .toAbsolutePath()
        .normalize();
  }

  @Override
  public void close() {
    try {
      services.close();
    } finally {
      stack.close();
    }
  }
}
