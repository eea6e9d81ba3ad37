package dev.eventline.devstack;

import dev.eventline.devstack.internal.LoopbackPorts;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway module: the one HTTP entrance in front of the services, run from {@code
 * gateway/target/gateway-<version>-exec.jar}. It has no database and no Kafka client; it needs the
 * services' addresses, the token issuer's keys, its rate limits and, under TLS, its certificate.
 */
public final class Gateway {
  /** The Maven module, also the name its settings and log go under. */
  public static final String MODULE = "gateway";

  private Gateway() {}

  /** Its runnable jar under the project {@code home}. */
  static Path jar(Path home) {
    return RunnableJar.of(home, MODULE, MODULE);
  }

  /**
   * The gateway's settings as Spring properties.
   *
   * @param services the base URI of each service it routes to
   * @param port where its API listens; under TLS its actuator gets a plain port of its own
   */
  static Map<String, String> settings(
      Devstack stack,
      Map<ServiceModule, URI> services,
      int port,
      GatewayOptions options,
      Telemetry telemetry) {
    Map<String, String> settings = new TreeMap<>();
    settings.put(
        "eventline.gateway.services.orders", services.get(ServiceModule.ORDERS).toString());
    settings.put(
        "eventline.gateway.services.payments", services.get(ServiceModule.PAYMENTS).toString());
    settings.put(
        "eventline.gateway.services.inventory", services.get(ServiceModule.INVENTORY).toString());
    settings.put(
        "eventline.gateway.jwt.jwk-set-location",
        "file:" + stack.tokenIssuer().jwksFile().toAbsolutePath());
    settings.put("eventline.gateway.rate-limit.capacity", Long.toString(options.burst()));
    settings.put(
        "eventline.gateway.rate-limit.refill-per-second", Long.toString(options.perSecond()));
    settings.put("server.address", "127.0.0.1");
    settings.put("server.port", Integer.toString(port));
    if (options.tls()) {
      DevCertificate certificate = DevCertificate.loadOrCreate(stack.options().directory());
      settings.put("server.ssl.enabled", "true");
      settings.put("server.ssl.key-store", "file:" + certificate.keyStore().toAbsolutePath());
      settings.put("server.ssl.key-store-type", "PKCS12");
      settings.put("server.ssl.key-store-password", certificate.keyStorePassword());
      settings.put("management.server.address", "127.0.0.1");
      settings.put("management.server.port", Integer.toString(LoopbackPorts.free()));
      settings.put("management.server.ssl.enabled", "false");
    }
    telemetry.addTo(settings);
    return settings;
  }
}
