package dev.eventline.cli;

import dev.eventline.devstack.ServiceEndpoints;
import dev.eventline.devstack.ServiceModule;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints where each service of a running system serves its HTTP API, and where it logs. */
final class ServiceReport {
  private ServiceReport() {}

  static void print(ServiceEndpoints endpoints, Path directory, PrintWriter out) {
    out.println("  Services");
    for (ServiceModule module : ServiceModule.values()) {
      out.printf(
          "    %-18s %s  (log %s)%n",
          module.module(),
          endpoints.of(module),
          directory.resolve("logs").resolve(module.module() + ".log"));
    }
    out.println(
        "  Try          curl -H \"Authorization: Bearer $(./eventline token alice)\" "
            + endpoints.of(ServiceModule.INVENTORY)
            + "/api/products");
  }
}
