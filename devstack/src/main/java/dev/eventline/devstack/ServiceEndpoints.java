package dev.eventline.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where each running service's HTTP API listens, where the gateway in front of them does, and the
 * pids of their JVMs, written to {@code services.properties} by {@code ./eventline up} so that
 * other commands ({@code dlq}, {@code sagas}, {@code status}) can reach them.
 *
 * @param uris each service's base URI, on loopback behind the gateway
 * @param gateway the one entrance for users, when it runs
 */
public record ServiceEndpoints(
    Map<ServiceModule, URI> uris, Optional<Entrance> gateway, List<Long> pids) {
  static final String FILE_NAME = "services.properties";

  public ServiceEndpoints {
    uris = Map.copyOf(uris);
    pids = List.copyOf(pids);
  }

  /**
   * Where the gateway listens.
   *
   * @param api its API, {@code https://} under {@code --tls}
   * @param management its actuator ({@code /actuator/health}, {@code /actuator/prometheus})
   */
  public record Entrance(URI api, URI management) {}

  /** The base URI of {@code module}, e.g. {@code http://127.0.0.1:41234}. */
  public URI of(ServiceModule module) {
    URI uri = uris.get(module);
    if (uri == null) {
      throw new DevstackException(module.module() + " does not run in this stack");
    }
    return uri;
  }

  /** The endpoints a running stack wrote in {@code directory}, if it did. */
  public static Optional<ServiceEndpoints> read(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new DevstackException("cannot read " + file + " (" + e.getMessage() + ")", e);
    }
    Map<ServiceModule, URI> uris = new EnumMap<>(ServiceModule.class);
    for (ServiceModule module : ServiceModule.values()) {
      String uri = properties.getProperty(module.module() + ".uri");
      if (uri != null) {
        uris.put(module, URI.create(uri));
      }
    }
    List<Long> pids =
        Arrays.stream(properties.getProperty("pids", "").split(","))
            .filter(pid -> !pid.isBlank())
            .map(Long::valueOf)
            .toList();
    Optional<Entrance> gateway =
        Optional.ofNullable(properties.getProperty(Gateway.MODULE + ".uri"))
            .map(
                api ->
                    new Entrance(
                        URI.create(api),
                        URI.create(
                            properties.getProperty(Gateway.MODULE + ".management-uri", api))));
    return Optional.of(new ServiceEndpoints(uris, gateway, pids));
  }

  void write(Path directory) throws IOException {
    Properties properties = new Properties();
    uris.forEach((module, uri) -> properties.setProperty(module.module() + ".uri", uri.toString()));
    gateway.ifPresent(
        entrance -> {
          properties.setProperty(Gateway.MODULE + ".uri", entrance.api().toString());
          properties.setProperty(
              Gateway.MODULE + ".management-uri", entrance.management().toString());
        });
    properties.setProperty("pids", String.join(",", pids.stream().map(String::valueOf).toList()));
    StringWriter text = new StringWriter();
    properties.store(text, "The running services of Eventline; removed when they stop");
    Path temporary = directory.resolve(FILE_NAME + ".tmp");
    Files.writeString(temporary, text.toString());
    Files.move(
        temporary,
        directory.resolve(FILE_NAME),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  static void remove(Path directory) throws IOException {
    Files.deleteIfExists(directory.resolve(FILE_NAME));
  }
}
