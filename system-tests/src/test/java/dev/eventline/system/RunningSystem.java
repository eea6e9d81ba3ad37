package dev.eventline.system;

import dev.eventline.cli.client.BearerTokens;
import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.devstack.Devstack;
import dev.eventline.devstack.DevstackOptions;
import dev.eventline.devstack.GatewayOptions;
import dev.eventline.devstack.LogFormat;
import dev.eventline.devstack.OrderSystem;
import dev.eventline.devstack.ServiceModule;
import dev.eventline.devstack.ServiceProcess;
import dev.eventline.devstack.Telemetry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole order system as {@code ./eventline up} runs it: a real Kafka broker and PostgreSQL,
 * every service as its own JVM from its runnable jar, and the gateway in front of them, which is
 * what {@link #client()} calls. Started once per test run by the first class that asks for it (as a
 * parameter), stopped when the run ends.
 */
final class RunningSystem implements AutoCloseable {
  private static final Namespace NAMESPACE = Namespace.create(RunningSystem.class);
  private static final Path DEFAULT_DIRECTORY = Path.of("target", "eventline-system");

  /**
   * Each user's rate limit at the gateway: enough for every test's customers and admin (the client
   * waits out a 429 as its Retry-After says), low enough that a flood of one user is refused even
   * when this shared machine serves only a few dozen requests a second.
   */
  static final GatewayOptions GATEWAY = GatewayOptions.DEFAULT.withRateLimit(100, 20);

  private final Devstack stack;
  private final TraceCollector traces;
  private final OrderSystem services;
  private final OrderSystemClient client;

  private RunningSystem(Devstack stack, TraceCollector traces, OrderSystem services) {
    this.stack = stack;
    this.traces = traces;
    this.services = services;
    this.client =
        OrderSystemClient.of(
            services.endpoints(), new BearerTokens(stack.tokenIssuer()), "system-test");
  }

  /**
   * The API of the running system through its gateway, as customers and the administrator call it.
   */
  OrderSystemClient client() {
    return client;
  }

  Devstack stack() {
    return stack;
  }

  /** Every span the services exported: they send all of them here. */
  TraceCollector traces() {
    return traces;
  }

  /** The gateway's JVM; its base URI is the one users call. */
  ServiceProcess gateway() {
    return services.gateway();
  }

  /** The JVM of one service, to kill and restart. */
  ServiceProcess service(ServiceModule module) {
    return services.service(module);
  }

  /** Starts a killed or stopped service again and waits until it serves. */
  void restart(ServiceModule module) {
    ServiceProcess service = services.service(module);
    service.restart();
    service.awaitHealthy(OrderSystem.START_LIMIT);
  }

  @Override
  public void close() {
    try {
      services.close();
    } finally {
      traces.close();
      stack.close();
    }
  }

  /**
   * Starts the stack and the services as {@code ./eventline up --log-format=json} would, every span
   * sampled and sent to a {@link TraceCollector}.
   */
  private static RunningSystem start(Path directory) {
    Devstack stack = Devstack.start(DevstackOptions.in(directory).withFresh(true));
    TraceCollector traces = TraceCollector.start();
    try {
      Path home = Path.of(System.getProperty("eventline.home", "..")).toAbsolutePath().normalize();
      Telemetry telemetry =
          Telemetry.DEFAULT.withLogFormat(LogFormat.JSON).withTracesTo(traces.uri());
      return new RunningSystem(
          stack, traces, OrderSystem.start(stack, home, telemetry, GATEWAY, line -> {}));
    } catch (RuntimeException e) {
      traces.close();
      stack.close();
      throw e;
    }
  }

  /** Resolves {@code RunningSystem} parameters of test classes and methods. */
  static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == RunningSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      ExtensionContext root = context.getRoot();
      Path directory =
          root.getConfigurationParameter("eventline.devstack.directory")
              .map(Path::of)
              .orElse(DEFAULT_DIRECTORY);
      return root.getStore(NAMESPACE)
          .computeIfAbsent(RunningSystem.class, key -> start(directory), RunningSystem.class);
    }
  }

  /** How long an order may take to finish on this shared 2-core machine before a test fails. */
  static final Duration SETTLE = Duration.ofMinutes(2);
}
