package dev.eventline.cli;

import dev.eventline.devstack.RunningStack;
import dev.eventline.devstack.Service;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints what a running stack offers: addresses, databases and where to look next. */
final class StackReport {
  private StackReport() {}

  /** Prints the stack as {@code up} does, before anything was probed. */
  static void print(RunningStack stack, Path directory, PrintWriter out) {
    print(stack, directory, out, "", "");
  }

  /** Prints the stack with what {@code status} found when it probed. */
  static void print(RunningStack stack, Path directory, PrintWriter out, StackProbe probe) {
    print(stack, directory, out, probe.kafkaHealth() + " ", probe.postgresHealth() + " ");
  }

  private static void print(
      RunningStack stack, Path directory, PrintWriter out, String kafka, String postgres) {
    out.printf(
        "  Kafka        %s%s  (%d broker%s, KRaft)%n",
        kafka, stack.bootstrapServers(), stack.brokers(), stack.brokers() == 1 ? "" : "s");
    out.printf(
        "  PostgreSQL   %slocalhost:%d  (fsync on, synchronous_commit on)%n",
        postgres, stack.postgresPort());
    for (Service service : Service.values()) {
      out.printf(
          "    %-14s %s  (user %s)%n",
          service.databaseName(), stack.jdbcUrls().get(service), service.databaseName());
    }
    out.printf("  Passwords    %s%n", stack.credentialsFile());
    out.printf("  Dev keys     %s%n", directory.resolve("keys"));
    out.println("  Dev tokens   ./eventline token <user> [--admin]");
    String kafkaDirectory = stack.brokers() == 1 ? "kafka" : "kafka-" + stack.brokers();
    out.printf(
        "  Logs         %s, %s%n",
        directory.resolve(kafkaDirectory).resolve("node-*").resolve("broker.log"),
        directory.resolve("postgres").resolve("postgres.log"));
  }
}
