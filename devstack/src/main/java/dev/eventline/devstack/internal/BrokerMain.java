package dev.eventline.devstack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * Runs one KRaft Kafka node (broker and controller) in this JVM: the child process the devstack
 * starts for each broker.
 *
 * <p>Arguments: the path of a {@code server.properties} file and the cluster id. The log directory
 * is formatted on first start. The node stops cleanly on SIGTERM, and also when its standard input
 * closes: the devstack keeps that pipe open, so when the devstack's JVM dies in any way, even by
 * SIGKILL, its brokers follow instead of living on as orphans.
 */
public final class BrokerMain {
  /**
   * A setting of {@code server.properties} for this class, not for Kafka (it is removed before
   * Kafka reads the rest): a SCRAM login to write into the cluster's metadata when the storage is
   * formatted, in the syntax of {@code kafka-storage format --add-scram}, e.g. {@code
   * SCRAM-SHA-512=[name=admin,password=...]}. A secure cluster's brokers log in to each other with
   * it from their first start.
   */
  public static final String FORMAT_SCRAM = "eventline.format.add-scram";

  private static final long SHUTDOWN_LIMIT_SECONDS = 30;

  private BrokerMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: BrokerMain <server.properties> <cluster-id>");
      System.exit(2);
    }
    Properties properties = load(Path.of(args[0]));
    String scram = (String) properties.remove(FORMAT_SCRAM);
    formatIfNew(properties, args[1], scram);

    KafkaRaftServer server =
        new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutDown(server), "eventline-broker-shutdown"));
    server.startup();
    exitWhenParentGoes(System.in);
    server.awaitShutdown();
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    return properties;
  }

  private static void formatIfNew(Properties properties, String clusterId, String scram)
      throws Exception {
    String logDir = properties.getProperty("log.dirs");
    if (Files.exists(Path.of(logDir, "meta.properties"))) {
      return;
    }
    Formatter formatter = new Formatter();
    if (scram != null) {
      formatter.setScramArguments(List.of(scram));
    }
    formatter
        .setPrintStream(System.out)
        .setNodeId(Integer.parseInt(properties.getProperty("node.id")))
        .setClusterId(clusterId)
        .setDirectories(List.of(logDir))
        .setMetadataLogDirectory(logDir)
        .setControllerListenerName("CONTROLLER")
        .setReleaseVersion(MetadataVersion.latestProduction())
        .run();
  }

  private static void exitWhenParentGoes(InputStream parentPipe) {
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (parentPipe.read() >= 0) {
                  // The devstack never writes; reading only waits for end of stream.
                }
              } catch (IOException e) {
                // A broken pipe means the same as end of stream: the parent is gone.
              }
              System.out.println("eventline: parent process gone, stopping broker");
              System.exit(0);
            },
            "eventline-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void shutDown(KafkaRaftServer server) {
    Thread halt =
        new Thread(
            () -> {
              try {
                TimeUnit.SECONDS.sleep(SHUTDOWN_LIMIT_SECONDS);
                System.out.println("eventline: broker shutdown took too long, halting");
                Runtime.getRuntime().halt(1);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "eventline-broker-halt");
    halt.setDaemon(true);
    halt.start();
    server.shutdown();
    server.awaitShutdown();
  }
}
