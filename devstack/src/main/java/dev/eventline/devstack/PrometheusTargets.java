package dev.eventline.devstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The running services as Prometheus' file-based service discovery reads them: {@code
 * prometheus/targets.json} in the stack's directory, which {@code deploy/prometheus/prometheus.yml}
 * names. The stack picks free ports at run time, so a fixed list of targets cannot work; Prometheus
 * rereads this file whenever it changes.
 *
 * <pre>{@code
 * [
 *   {"targets": ["127.0.0.1:41234"], "labels": {"service": "orders"}},
 *   ...
 * ]
 * }</pre>
 */
public record PrometheusTargets(ServiceEndpoints endpoints) {
  /** Where the file lies in a stack's directory. */
  public static Path file(Path directory) {
    return directory.resolve("prometheus").resolve("targets.json");
  }

  /**
   * One target group per service, labelled with the {@code service} every series of it carries. The
   * values are host names, ports and service names, none of which needs escaping in JSON.
   */
  public String json() {
    List<String> groups = new ArrayList<>();
    for (ServiceModule module : ServiceModule.values()) {
      URI uri = endpoints.uris().get(module);
      if (uri != null) {
        groups.add(group(uri, module.service().databaseName()));
      }
    }
    endpoints
        .gateway()
        .ifPresent(gateway -> groups.add(group(gateway.management(), Gateway.MODULE)));
    return groups.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", groups) + "\n]\n";
  }

  private static String group(URI target, String service) {
    return "  {\"targets\": [\"%s:%d\"], \"labels\": {\"service\": \"%s\"}}"
        .formatted(target.getHost(), target.getPort(), service);
  }

  /** Replaces the file at once, so that Prometheus never reads half of it. */
  void write(Path directory) throws IOException {
    Path file = file(directory);
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, json());
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Prometheus drops the targets of a file that is gone: a stopped stack is not "down". */
  static void remove(Path directory) throws IOException {
    Files.deleteIfExists(file(directory));
  }
}
