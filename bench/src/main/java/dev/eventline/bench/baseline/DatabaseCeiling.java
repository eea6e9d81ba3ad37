package dev.eventline.bench.baseline;

import dev.eventline.bench.baseline.Ceiling.ScratchRows;
import dev.eventline.bench.baseline.SagaStepClient.Outcome;
import dev.eventline.bench.baseline.SagaStepClient.Window;
import dev.eventline.devstack.DatabaseLogin;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the database's ceiling for the transaction a saga step commits: an inbox insert ({@code
 * ON CONFLICT DO NOTHING}), a one-row update of the saga (version plus one, new data) and an outbox
 * insert (topic, key, headers, a 500-byte payload), committed by several clients at once. No Kafka
 * and no application code take part, so no service built on this database commits saga steps
 * faster.
 *
 * <p>It works in scratch tables of its own ({@code bench_*}), dropped at the end, and leaves the
 * server's settings as they are: {@code fsync} and {@code synchronous_commit} are reported in the
 * result, never changed.
 *
 * <pre>{@code
 * Ceiling ceiling = new DatabaseCeiling(login).measure(CeilingSettings.DEFAULT);
 * ceiling.transactionsPerSecond(); // about 4,000 with 16 clients on a 2-core machine
 * }</pre>
 */
public final class DatabaseCeiling {
  /** Saga rows per client: enough that a batch of steps touches distinct rows. */
  private static final int SAGAS_PER_CLIENT = 64;

  private final DatabaseLogin login;

  public DatabaseCeiling(DatabaseLogin login) {
    this.login = Objects.requireNonNull(login, "login");
  }

  /** Runs the clients for the settings' warm-up and duration and returns what they committed. */
  public Ceiling measure(CeilingSettings settings) throws SQLException, InterruptedException {
    try (Connection admin = login.connect()) {
      SagaStepTables tables = SagaStepTables.create(admin, settings.clients() * SAGAS_PER_CLIENT);
      List<Connection> connections = new ArrayList<>();
      try {
        Durability durability = Durability.read(admin);
        for (int i = 0; i < settings.clients(); i++) {
          connections.add(login.connect());
        }
        List<Outcome> outcomes = run(settings, tables, connections);
        long transactions = 0;
        long committedSteps = 0;
        List<Latencies> latencies = new ArrayList<>();
        for (Outcome outcome : outcomes) {
          transactions += outcome.latencies().size();
          committedSteps += outcome.committedSteps();
          latencies.add(outcome.latencies());
        }
        ScratchRows rows = tables.count(admin);
        double seconds = seconds(settings.duration());
        return new Ceiling(
            settings,
            transactions,
            transactions / seconds,
            transactions * settings.stepsPerTransaction() / seconds,
            LatencyPercentiles.of(Latencies.merged(latencies)),
            durability,
            committedSteps,
            rows);
      } finally {
        for (Connection connection : connections) {
          connection.close();
        }
        tables.drop(admin);
      }
    }
  }

  private static List<Outcome> run(
      CeilingSettings settings, SagaStepTables tables, List<Connection> connections)
      throws SQLException, InterruptedException {
    List<SagaStepClient> clients = new ArrayList<>();
    for (int i = 0; i < connections.size(); i++) {
      List<UUID> own = tables.sagas().subList(i * SAGAS_PER_CLIENT, (i + 1) * SAGAS_PER_CLIENT);
      clients.add(
          new SagaStepClient(connections.get(i), tables, own, settings.stepsPerTransaction()));
    }
    long countFrom = System.nanoTime() + settings.warmUp().toNanos();
    Window window = new Window(countFrom, countFrom + settings.duration().toNanos());
    List<Callable<Outcome>> runs = new ArrayList<>();
    for (SagaStepClient client : clients) {
      runs.add(() -> client.run(window));
    }
    ExecutorService threads = Executors.newFixedThreadPool(clients.size());
    try {
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> outcome : threads.invokeAll(runs)) {
        outcomes.add(outcome.get());
      }
      return outcomes;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException failure) {
        throw failure;
      }
      throw new IllegalStateException("a ceiling client failed", e.getCause());
    } finally {
      threads.shutdownNow();
    }
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
