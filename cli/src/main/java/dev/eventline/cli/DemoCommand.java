package dev.eventline.cli;

import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.cli.demo.Demo;
import dev.eventline.cli.demo.DemoPlan;
import dev.eventline.cli.demo.DemoReport;
import dev.eventline.cli.demo.DemoSettings;
import dev.eventline.cli.demo.DemoSummary;
import dev.eventline.devstack.DevstackOptions;
import dev.eventline.devstack.GatewayOptions;
import dev.eventline.devstack.Service;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventline demo}: starts everything, runs a mixed workload and judges the outcome by the
 * invariants of SYSTEM.md, read back from the services themselves.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts everything, runs a mixed workload and checks the invariants I1-I6.",
      "Starts Kafka, PostgreSQL and the services, seeds a catalogue and wallets, and places"
          + " orders: about 70%% complete, 15%% are declined for funds, 15%% run out of stock"
          + " after payment and are refunded. Then prints the outcomes, refunds, throughput, saga"
          + " latency and the invariant check, all read back from the services' own data.",
      "Exit code: 0 when every invariant holds, 1 otherwise, 2 for bad options."
    })
final class DemoCommand implements Callable<Integer> {
  static final int MAX_ORDERS = 1_000_000;
  static final int MAX_USERS = 100_000;
  static final int MAX_CONCURRENCY = 1_024;

  @Spec CommandSpec spec;
  @Mixin DataDirectory dataDirectory;
  @Mixin TelemetryOptions telemetry;

  @Option(
      names = "--orders",
      paramLabel = "N",
      defaultValue = "1000",
      description = "How many orders to place (default 1000).")
  int orders;

  @Option(
      names = "--users",
      paramLabel = "U",
      defaultValue = "50",
      description = "How many customers place them, at least 2 (default 50).")
  int users;

  @Option(
      names = "--concurrency",
      paramLabel = "C",
      defaultValue = "16",
      description = "How many orders are placed at once (default 16).")
  int concurrency;

  @Option(
      names = "--secure",
      description =
          "Kafka with SASL/SCRAM logins and ACLs, as './eventline up --secure' runs it; the forged"
              + " events are sent with the admin's login.")
  boolean secure;

  @Option(
      names = "--tls",
      description = "The gateway serves HTTPS with the stack's development certificate.")
  boolean tls;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Draws the same catalogue, users and orders again (default: a random one).")
  Long seed;

  @Override
  public Integer call() {
    String problem = problemWithOptions();
    if (problem != null) {
      spec.commandLine().getErr().println("eventline: " + problem);
      return ExitCode.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    long chosen = seed != null ? seed : ThreadLocalRandom.current().nextLong();
    // Skus and user ids start with the run's tag: runs in the same data directory never mix.
    String tag = "demo-" + Long.toString(System.currentTimeMillis(), 36);
    DemoPlan plan = DemoPlan.generate(orders, users, chosen, tag);
    out.printf(
        "Eventline demo: %d orders by %d users, %d at a time; seed %d (--seed %d repeats it)%n",
        orders, users, concurrency, chosen, chosen);
    DemoSummary summary;
    try (LaunchedSystem system =
        LaunchedSystem.start(
            DevstackOptions.in(dataDirectory.path()).withSecure(secure),
            telemetry.telemetry(),
            GatewayOptions.DEFAULT.withTls(tls),
            out)) {
      OrderSystemClient client = system.client("demo");
      DemoSettings settings =
          new DemoSettings(
              system.stack().kafka().clientProperties(),
              system.stack().signingKeys().of(Service.PAYMENTS).keyId(),
              concurrency,
              Terminal.attached(),
              DemoSettings.DEFAULT_OUTCOME_LIMIT);
      summary = new Demo(client, settings, out).run(plan, tag);
      DemoReport.print(summary, out);
      out.println();
      out.println("Stopping Eventline...");
    }
    return summary.succeeded() ? ExitCode.OK : ExitCode.FAILED;
  }

  private String problemWithOptions() {
    if (orders < 1 || orders > MAX_ORDERS) {
      return "--orders must be 1 to " + MAX_ORDERS + ", not " + orders;
    }
    if (users < 2 || users > MAX_USERS) {
      return "--users must be 2 to " + MAX_USERS + ", not " + users;
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      return "--concurrency must be 1 to " + MAX_CONCURRENCY + ", not " + concurrency;
    }
    return null;
  }
}
