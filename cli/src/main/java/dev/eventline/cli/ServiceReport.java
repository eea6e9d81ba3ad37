package dev.eventline.cli;

import dev.eventline.devstack.Gateway;
import dev.eventline.devstack.ServiceEndpoints;
import dev.eventline.devstack.ServiceModule;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;

/**
 * Prints the gateway's URL, the one users call, then where each service behind it serves its HTTP
 * API (for operators: loopback only) and where each logs.
 */
final class ServiceReport {
  private ServiceReport() {}

  static void print(ServiceEndpoints endpoints, Path directory, PrintWriter out) {
    out.println("  Services");
    for (ServiceModule module : ServiceModule.values()) {
      line(module.module(), endpoints.of(module), directory, out);
    }
    endpoints
        .gateway()
        .ifPresent(
            gateway -> {
              line(Gateway.MODULE, gateway.api(), directory, out);
              boolean tls = "https".equals(gateway.api().getScheme());
              out.println();
              out.println("  API          " + gateway.api() + "  (the one URL users call)");
              out.println(
                  "  Try          curl"
                      + (tls ? " --cacert " + directory.resolve("tls").resolve("gateway.crt") : "")
                      + " -H \"Authorization: Bearer $(./eventline token alice)\" "
                      + gateway.api().resolve("/api/products"));
            });
  }

  private static void line(String module, URI uri, Path directory, PrintWriter out) {
    out.printf(
        "    %-18s %s  (log %s)%n",
        module, uri, directory.resolve("logs").resolve(module + ".log"));
  }
}
