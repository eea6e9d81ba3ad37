package dev.eventline.cli.bench;

import dev.eventline.bench.baseline.Ceiling;
import dev.eventline.bench.baseline.CeilingSettings;
import dev.eventline.bench.baseline.Comparison;
import dev.eventline.bench.baseline.ComparisonSettings;
import dev.eventline.bench.baseline.ConsumptionComparison;
import dev.eventline.bench.baseline.ConsumptionSettings;
import dev.eventline.bench.baseline.DatabaseCeiling;
import dev.eventline.bench.baseline.RelayComparison;
import dev.eventline.bench.jmh.Budget;
import dev.eventline.bench.jmh.Microbenchmarks;
import dev.eventline.bench.jmh.Score;
import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.devstack.DatabaseLogin;
import dev.eventline.devstack.Devstack;
import dev.eventline.devstack.Gateway;
import dev.eventline.devstack.OrderSystem;
import dev.eventline.devstack.ServiceModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The whole benchmark against a running system: a warm-up, the open-model ramp through the HTTP API
 * (profiled with flight recordings, CPU and publish delays measured along the way), then the
 * database's ceiling, the relay and consumption baselines and the JMH suite on the same machine.
 */
public final class BenchRun {
  /** Lets the JIT compile the hot paths before anything is measured. */
  static final Duration WARM_UP = Duration.ofSeconds(30);

  /** A completed saga's transactions: place; charge; payment reply; reserve; stock reply. */
  static final int TRANSACTIONS_PER_SAGA = 5;

  private static final int RELAY_BACKLOG = 10_000;
  private static final int BATCHED_STEPS = 10;

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

  /** What to run besides the ramp. */
  public record Extras(boolean baselines, Optional<Budget> microbenchmarks, Path recordings) {}

  public BenchReport run(Ramp ramp, Extras extras)
      throws IOException, SQLException, InterruptedException {
    Instant at = Instant.now();
    String tag = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    say("Seeding " + BenchShop.PRODUCTS + " products...");
    BenchShop shop = BenchShop.open(client, tag);
    Ramp.Result result;
    Map<String, TopCosts> profiles = new LinkedHashMap<>();
    try (PublishDelays delays = PublishDelays.listen(stack.kafka().bootstrapServers())) {
      RateStep step = new RateStep(shop, new CpuMeter(processGroups()), delays);
      say("Warming up: %s orders/s for %d s...", Numbers.text(ramp.start()), WARM_UP.toSeconds());
      step.run(new Arrivals(ramp.start(), WARM_UP), "warmup");
      say(
          "Ramping from %s orders/s by x%s, %d s per rate...",
          Numbers.text(ramp.start()), Numbers.text(ramp.factor()), ramp.hold().toSeconds());
      FlightRecordings recordings = FlightRecordings.start(servicePids(), extras.recordings());
      result = ramp.run(step, outcome -> say("  " + StepLine.of(outcome)));
      for (var recording : recordings.stop().entrySet()) {
        profiles.put(recording.getKey(), TopCosts.of(recording.getValue()));
      }
    }
    Optional<Ceiling> ceiling = Optional.empty();
    Optional<Ceiling> batched = Optional.empty();
    Optional<Comparison> relays = Optional.empty();
    Optional<ConsumptionComparison.Result> consumption = Optional.empty();
    if (extras.baselines()) {
      DatabaseLogin scratch = stack.postgres().superuser();
      say("Measuring the database's ceiling...");
      ceiling = Optional.of(new DatabaseCeiling(scratch).measure(CeilingSettings.DEFAULT));
      batched =
          Optional.of(
              new DatabaseCeiling(scratch)
                  .measure(CeilingSettings.DEFAULT.withStepsPerTransaction(BATCHED_STEPS)));
      say("Comparing the outbox relay with the naive one...");
      relays =
          Optional.of(
              new RelayComparison(scratch, stack.kafka().bootstrapServers())
                  .compare(ComparisonSettings.DEFAULT.withBacklog(RELAY_BACKLOG)));
      say("Comparing grouped consumption with one transaction per record...");
      consumption =
          Optional.of(
              new ConsumptionComparison(scratch, stack.kafka().bootstrapServers())
                  .compare(ConsumptionSettings.DEFAULT));
    }
    List<Score> scores = List.of();
    if (extras.microbenchmarks().isPresent()) {
      say("Running the JMH suite...");
      scores = Microbenchmarks.run(extras.microbenchmarks().get());
    }
    return new BenchReport(
        at,
        Machine.current(),
        ramp,
        result,
        ceiling,
        batched,
        relays,
        consumption,
        scores,
        profiles,
        TRANSACTIONS_PER_SAGA);
  }

  private Map<String, Long> servicePids() {
    Map<String, Long> pids = new LinkedHashMap<>();
    for (ServiceModule module : ServiceModule.values()) {
      pids.put(module.module(), services.service(module).pid());
    }
    pids.put(Gateway.MODULE, services.gateway().pid());
    return pids;
  }

  private Map<String, Supplier<List<ProcessHandle>>> processGroups() {
    Map<String, Supplier<List<ProcessHandle>>> groups = new LinkedHashMap<>();
    for (ServiceModule module : ServiceModule.values()) {
      groups.put(
          module.module(),
          () -> ProcessHandle.of(services.service(module).pid()).map(List::of).orElse(List.of()));
    }
    groups.put(
        Gateway.MODULE,
        () -> ProcessHandle.of(services.gateway().pid()).map(List::of).orElse(List.of()));
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
    return root.map(process -> Stream.concat(Stream.of(process), process.descendants()).toList())
        .orElse(List.of());
  }

  private void say(String format, Object... arguments) {
    out.println(String.format(java.util.Locale.ROOT, format, arguments));
    out.flush();
  }
}
