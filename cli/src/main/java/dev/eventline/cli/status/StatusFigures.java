package dev.eventline.cli.status;

import dev.eventline.devstack.Gateway;
import dev.eventline.devstack.ServiceEndpoints;
import dev.eventline.devstack.ServiceModule;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Everything one frame of {@code status} shows beyond the infrastructure, read at one moment.
 *
 * @param services each service that runs from the data directory; none when only Kafka and
 *     PostgreSQL were started
 */
public record StatusFigures(List<ServiceFigures> services, KafkaFigures kafka) {
  public StatusFigures {
    services = List.copyOf(services);
  }

  /**
   * Asks every service and Kafka at once, each with a short timeout: a service or broker that does
   * not answer is recorded as such, never thrown.
   *
   * @param endpoints the services and the gateway that run, if any
   * @param kafkaClient the brokers and, on a secure stack, the admin's login
   */
  public static StatusFigures read(
      Optional<ServiceEndpoints> endpoints, Map<String, Object> kafkaClient)
      throws InterruptedException {
    Map<ServiceModule, java.net.URI> uris = endpoints.map(ServiceEndpoints::uris).orElse(Map.of());
    try (ExecutorService asking = Executors.newVirtualThreadPerTaskExecutor();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Actuator.TIMEOUT).build()) {
      Future<KafkaFigures> kafka = asking.submit(() -> KafkaOffsets.read(kafkaClient));
      Actuator actuator = new Actuator(http);
      List<Future<ServiceFigures>> services = new ArrayList<>();
      for (ServiceModule module : ServiceModule.values()) {
        if (uris.containsKey(module)) {
          String name = module.service().databaseName();
          services.add(asking.submit(() -> actuator.read(name, uris.get(module))));
        }
      }
      endpoints
          .flatMap(ServiceEndpoints::gateway)
          .ifPresent(
              gateway ->
                  services.add(
                      asking.submit(() -> actuator.read(Gateway.MODULE, gateway.management()))));
      List<ServiceFigures> figures = new ArrayList<>();
      for (Future<ServiceFigures> service : services) {
        figures.add(result(service));
      }
      return new StatusFigures(figures, result(kafka));
    }
  }

  /** True when every service reports UP (and trivially when none runs). */
  public boolean servicesUp() {
    return services.stream().allMatch(service -> service.health().up());
  }

  private static <T> T result(Future<T> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // The readers record every failure to answer; anything thrown is a bug.
      throw e.getCause() instanceof RuntimeException bug
          ? bug
          : new IllegalStateException(e.getCause());
    }
  }
}
