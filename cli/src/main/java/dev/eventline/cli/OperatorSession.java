package dev.eventline.cli;

import dev.eventline.cli.client.BearerTokens;
import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.devstack.DevCertificate;
import dev.eventline.devstack.RunningStack;
import dev.eventline.devstack.ServiceEndpoints;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The API client of the order system that {@code ./eventline up} runs from a data directory, for
 * the operators' commands ({@code dlq}, {@code sagas}); or a word to the user that none runs.
 */
final class OperatorSession {
  private OperatorSession() {}

  static Optional<OrderSystemClient> connect(Path directory, PrintWriter out) {
    Optional<RunningStack> stack = LiveStack.findOrSayNone(directory, out);
    if (stack.isEmpty()) {
      return Optional.empty();
    }
    Optional<ServiceEndpoints> endpoints = ServiceEndpoints.read(directory);
    if (endpoints.isEmpty()) {
      out.println(
          "Eventline is not running: Kafka and PostgreSQL run from "
              + directory
              + ", but none of the services.");
      return Optional.empty();
    }
    return Optional.of(
        OrderSystemClient.of(
            endpoints.get(),
            DevCertificate.trustFor(endpoints.get(), directory),
            new BearerTokens(stack.get().tokenIssuer()),
            "eventline-cli"));
  }
}
