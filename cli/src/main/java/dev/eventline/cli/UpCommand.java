package dev.eventline.cli;

import dev.eventline.devstack.Devstack;
import dev.eventline.devstack.DevstackOptions;
import dev.eventline.devstack.GatewayOptions;
import dev.eventline.devstack.RunningStack;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventline up}: starts the stack and keeps it running until Ctrl-C or SIGTERM. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Kafka, PostgreSQL, every service of the order system and the gateway.",
      "Runs a real Kafka broker, PostgreSQL, the order, payment and inventory services and the"
          + " gateway in front of them as separate JVMs on this machine, waits until all are"
          + " healthy and prints the gateway's URL, the one that users call. Ctrl-C (or"
          + " './eventline down' from another terminal) stops everything."
    })
final class UpCommand implements Callable<Integer> {
  /** Printed once everything serves; tests and scripts wait for it. */
  static final String READY_LINE = "Press Ctrl-C to stop (or run ./eventline down).";

  @Spec CommandSpec spec;
  @Mixin DataDirectory dataDirectory;
  @Mixin TelemetryOptions telemetry;

  @Option(
      names = "--brokers",
      paramLabel = "N",
      defaultValue = "1",
      description = "Kafka brokers: 1, or 3 for replication factor 3 and min.insync.replicas 2.")
  int brokers;

  @Option(names = "--fresh", description = "Wipe the data of earlier runs first.")
  boolean fresh;

  @Option(
      names = "--infrastructure-only",
      description =
          "Start Kafka and PostgreSQL only, e.g. to run a service from an IDE against them.")
  boolean infrastructureOnly;

  @Option(
      names = "--kafka-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "Kafka client port of the first broker (default: a free one).")
  int kafkaPort;

  @Option(
      names = "--secure",
      description =
          "Kafka with SASL/SCRAM logins and ACLs: each service logs in as itself and may use"
              + " only its own topics. Its data is kept apart from that of an open Kafka.")
  boolean secure;

  @Option(
      names = "--tls",
      description =
          "The gateway serves HTTPS with a development certificate made for localhost and"
              + " 127.0.0.1 (trust it with curl --cacert <data>/tls/gateway.crt).")
  boolean tls;

  @Option(
      names = "--postgres-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "PostgreSQL port (default: a free one).")
  int postgresPort;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    DevstackOptions options =
        DevstackOptions.in(dataDirectory.path())
            .withBrokers(brokers)
            .withFresh(fresh)
            .withKafkaPort(kafkaPort)
            .withPostgresPort(postgresPort)
            .withSecure(secure);
    out.printf(
        "Starting Kafka (%d broker%s) and PostgreSQL%s...%n",
        brokers, brokers == 1 ? "" : "s", fresh ? " from scratch" : "");
    long started = System.nanoTime();
    AutoCloseable running;
    if (infrastructureOnly) {
      running = Devstack.start(options);
    } else {
      running =
          LaunchedSystem.start(
              options, telemetry.telemetry(), GatewayOptions.DEFAULT.withTls(tls), out);
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(running, out), "eventline-shutdown"));

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    RunningStack stack = RunningStack.read(options.directory()).orElseThrow();
    out.printf(
        "Eventline is up in %.1f s (data in %s)%n%n",
        took.toMillis() / 1000.0, options.directory());
    StackReport.print(stack, options.directory(), out);
    if (stack.kafkaSecure()) {
      out.printf(
          "  Kafka: SASL/SCRAM, ACLs on  (users and passwords in %s)%n",
          stack.kafkaCredentialsFile());
    }
    if (running instanceof LaunchedSystem system) {
      ServiceReport.print(system.services().endpoints(), options.directory(), out);
    }
    out.println();
    out.println(READY_LINE);
    new CountDownLatch(1).await();
    return ExitCode.OK;
  }

  private static void stop(AutoCloseable running, PrintWriter out) {
    out.println();
    out.println("Stopping Eventline...");
    try {
      running.close();
      out.println("Eventline stopped.");
    } catch (Exception e) {
      out.println("eventline: " + e.getMessage());
    }
  }
}
