package dev.eventline.devstack;

import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.LoopbackPorts;
import dev.eventline.devstack.internal.ProcessTree;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every service of the order system running as its own JVM on a {@link Devstack}, and the {@link
 * Gateway} in front of them: what {@code ./eventline up} and {@code ./eventline demo} start, and
 * what the end-to-end tests start. Users go through the gateway; the services' own ports are on
 * loopback for operators and tests.
 *
 * <pre>{@code
 * try (Devstack stack = Devstack.start(DevstackOptions.in(directory));
 *     OrderSystem system = OrderSystem.start(stack, projectHome, System.out::println)) {
 *   URI api = system.gateway().baseUri();
 * }
 * }</pre>
 */
public final class OrderSystem implements AutoCloseable {
  /** Three Spring Boot services starting together on two cores take well under this. */
  public static final Duration START_LIMIT = Duration.ofMinutes(3);

  private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(30);

  private final Path directory;
  private final Map<ServiceModule, ServiceProcess> services;
  private volatile ServiceProcess gateway;

  private OrderSystem(Path directory, Map<ServiceModule, ServiceProcess> services) {
    this.directory = directory;
    this.services = services;
  }

  /**
   * Starts every {@link ServiceModule} from its runnable jar under the project {@code home} and
   * returns once all report healthy. Services a killed run left behind are stopped first.
   *
   * @param progress told a line as each service starts and becomes healthy
   * @throws DevstackException when a jar is missing or a service does not become healthy; nothing
   *     is left running then
   */
  public static OrderSystem start(Devstack stack, Path home, Consumer<String> progress) {
    return start(stack, home, Telemetry.DEFAULT, progress);
  }

  /** Like {@link #start(Devstack, Path, Consumer)}, with the services' logs and traces set. */
  public static OrderSystem start(
      Devstack stack, Path home, Telemetry telemetry, Consumer<String> progress) {
    return start(stack, home, telemetry, GatewayOptions.DEFAULT, progress);
  }

  /** Like {@link #start(Devstack, Path, Telemetry, Consumer)}, with the gateway run as said. */
  public static OrderSystem start(
      Devstack stack,
      Path home,
      Telemetry telemetry,
      GatewayOptions gatewayOptions,
      Consumer<String> progress) {
    Path directory = stack.options().directory();
    stopLeftovers(directory);
    Map<ServiceModule, Path> jars = new EnumMap<>(ServiceModule.class);
    for (ServiceModule module : ServiceModule.values()) {
      jars.put(module, module.jar(home)); // all found before any starts
    }
    Path gatewayJar = Gateway.jar(home);
    Map<ServiceModule, ServiceProcess> started = new EnumMap<>(ServiceModule.class);
    OrderSystem system = new OrderSystem(directory, started);
    try {
      for (ServiceModule module : ServiceModule.values()) {
        int port = LoopbackPorts.free();
        started.put(
            module,
            ServiceProcess.start(
                module.module(),
                jars.get(module),
                ServiceSettings.of(stack, module, port, telemetry),
                directory));
        progress.accept("starting " + module.module() + " on port " + port);
      }
      for (ServiceProcess service : started.values()) {
        service.awaitHealthy(START_LIMIT);
        progress.accept(service.module() + " is healthy at " + service.baseUri());
      }
      system.startGateway(stack, gatewayJar, telemetry, gatewayOptions);
      progress.accept("the gateway is healthy at " + system.gateway.baseUri());
      system.endpoints().write(directory);
      new PrometheusTargets(system.endpoints()).write(directory);
      return system;
    } catch (IOException e) {
      system.close();
      throw new DevstackException(
          "cannot record the services in " + directory + ": " + FileProblem.describe(e), e);
    } catch (RuntimeException e) {
      system.close();
      throw e;
    }
  }

  private void startGateway(Devstack stack, Path jar, Telemetry telemetry, GatewayOptions options) {
    Map<ServiceModule, URI> uris = new EnumMap<>(ServiceModule.class);
    services.forEach((module, service) -> uris.put(module, service.baseUri()));
    gateway =
        ServiceProcess.start(
            Gateway.MODULE,
            jar,
            Gateway.settings(stack, uris, LoopbackPorts.free(), options, telemetry),
            stack.options().directory());
    gateway.awaitHealthy(START_LIMIT);
  }

  /** The running JVM of {@code module}, to kill and restart in tests. */
  public ServiceProcess service(ServiceModule module) {
    return services.get(module);
  }

  /** The gateway's JVM: {@link ServiceProcess#baseUri()} is the one URL users call. */
  public ServiceProcess gateway() {
    return gateway;
  }

  /** Where each service and the gateway listen, and their pids. */
  public ServiceEndpoints endpoints() {
    Map<ServiceModule, URI> uris = new EnumMap<>(ServiceModule.class);
    List<Long> pids = new ArrayList<>();
    services.forEach(
        (module, service) -> {
          uris.put(module, service.baseUri());
          if (service.alive()) {
            pids.add(service.pid());
          }
        });
    ServiceProcess front = gateway;
    if (front != null && front.alive()) {
      pids.add(front.pid());
    }
    return new ServiceEndpoints(
        uris,
        Optional.ofNullable(front)
            .map(
                process ->
                    new ServiceEndpoints.Entrance(process.baseUri(), process.managementUri())),
        pids);
  }

  /**
   * Stops the gateway, then every service together (SIGTERM, then SIGKILL after a grace period).
   */
  @Override
  public void close() {
    if (gateway != null) {
      gateway.stop();
    }
    List<Thread> stopping = new ArrayList<>();
    for (ServiceProcess service : services.values()) {
      stopping.add(Thread.ofVirtual().start(service::stop));
    }
    for (Thread thread : stopping) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    try {
      ServiceEndpoints.remove(directory);
      PrometheusTargets.remove(directory);
    } catch (IOException e) {
      // A stale file names pids that are gone; the next start checks them before use.
    }
  }

  /** A run killed with SIGKILL cannot stop its services; the next start does. */
  private static void stopLeftovers(Path directory) {
    ServiceEndpoints.read(directory)
        .ifPresent(
            leftover ->
                ProcessTree.stopAll(
                    leftover.pids().stream()
                        .flatMap(pid -> ProcessTree.alive(pid).stream())
                        .filter(OrderSystem::isServiceJvm)
                        .toList(),
                    LEFTOVER_GRACE));
  }

  private static boolean isServiceJvm(ProcessHandle process) {
    return process
        .info()
        .commandLine()
        .map(line -> line.contains("-exec.jar") && line.contains("spring.config"))
        .orElse(false);
  }
}
