package dev.eventline.cli.bench;

import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.devstack.Devstack;
import dev.eventline.devstack.OrderSystem;
import dev.eventline.devstack.ServiceModule;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The whole benchmark against a running system: the open-model ramp through the HTTP API, with the
 * CPU of every process and the publish delays measured along the way.
 */
public final class BenchRun {
  private final Devstack stack;
  private final OrderSystem services;
  private final OrderSystemClient client;
  private final PrintWriter out;

  public BenchRun(Devstack stack, OrderSystem services, OrderSystemClient client, PrintWriter out) {
    this.stack = stack;
    this.services = services;
    this.client = client;
    this.out = out;
  }

  public Ramp.Result ramp(Ramp ramp) {
    String tag = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    out.println("Seeding " + BenchShop.PRODUCTS + " products...");
    out.flush();
    BenchShop shop = BenchShop.open(client, tag);
    try (PublishDelays delays = PublishDelays.listen(stack.kafka().bootstrapServers())) {
      RateStep step = new RateStep(shop, new CpuMeter(processGroups()), delays);
      out.printf(
          "Ramping from %.0f orders/s by x%.2f, %d s per rate...%n",
          ramp.start(), ramp.factor(), ramp.hold().toSeconds());
      out.flush();
      return ramp.run(
          step,
          outcome -> {
            out.println("  " + StepLine.of(outcome));
            out.flush();
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Map<String, Supplier<List<ProcessHandle>>> processGroups() {
    Map<String, Supplier<List<ProcessHandle>>> groups = new LinkedHashMap<>();
    for (ServiceModule module : ServiceModule.values()) {
      groups.put(
          module.module(),
          () -> ProcessHandle.of(services.service(module).pid()).map(List::of).orElse(List.of()));
    }
    groups.put("postgres", () -> withDescendants(stack.postgres().process()));
    groups.put(
        "kafka",
        () ->
            stack.kafka().brokers().stream()
                .flatMap(broker -> withDescendants(broker.process()).stream())
                .toList());
    groups.put("load generator", () -> List.of(ProcessHandle.current()));
    return groups;
  }

  private static List<ProcessHandle> withDescendants(Optional<ProcessHandle> root) {
    return root.map(
            process ->
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(process), process.descendants())
                    .toList())
        .orElse(List.of());
  }
}
