package dev.eventline.cli;

import dev.eventline.devstack.RunningStack;
import dev.eventline.devstack.Service;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Asks Kafka and PostgreSQL whether they answer, with short timeouts. */
record StackProbe(int brokersAnswering, int brokersExpected, boolean postgresAnswers) {

  static StackProbe of(RunningStack stack) {
    return new StackProbe(brokersAnswering(stack), stack.brokers(), postgresAnswers(stack));
  }

  boolean allUp() {
    return brokersAnswering == brokersExpected && postgresAnswers;
  }

  /** UP, DOWN, or e.g. {@code 2/3 UP} when only some brokers answer. */
  String kafkaHealth() {
    if (brokersAnswering == brokersExpected) {
      return "UP";
    }
    return brokersAnswering == 0 ? "DOWN" : brokersAnswering + "/" + brokersExpected + " UP";
  }

  String postgresHealth() {
    return postgresAnswers ? "UP" : "DOWN";
  }

  private static int brokersAnswering(RunningStack stack) {
    Map<String, Object> properties = new HashMap<>(stack.kafkaClientProperties());
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
    try (Admin admin = Admin.create(properties)) {
      return admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).size();
    } catch (ExecutionException | TimeoutException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static boolean postgresAnswers(RunningStack stack) {
    for (Service service : Service.values()) {
      try (Connection connection = stack.login(service).connect()) {
        if (!connection.isValid(2)) {
          return false;
        }
      } catch (SQLException e) {
        return false;
      }
    }
    return true;
  }
}
