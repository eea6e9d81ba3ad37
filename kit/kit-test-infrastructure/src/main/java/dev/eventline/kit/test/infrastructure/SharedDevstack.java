package dev.eventline.kit.test.infrastructure;

import dev.eventline.devstack.Devstack;
import dev.eventline.devstack.DevstackOptions;
import dev.eventline.devstack.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The one devstack of a test run, kept in JUnit's root store: started by the first class that asks
 * for it and stopped by JUnit, which closes the root store's values when the run ends.
 */
final class SharedDevstack implements AutoCloseable {
  /** The configuration parameter naming the devstack's directory, for a second JVM or an IDE. */
  static final String DIRECTORY_PARAMETER = "eventline.devstack.directory";

  private static final Path DEFAULT_DIRECTORY = Path.of("target", "eventline-devstack");
  private static final Namespace NAMESPACE = Namespace.create(SharedDevstack.class);

  private final Devstack devstack;
  private final TestKafka kafka;

  private SharedDevstack(Devstack devstack) {
    this.devstack = devstack;
    this.kafka = new TestKafka(devstack.kafka().bootstrapServers());
  }

  /** The run's devstack, started now if no class has asked for it yet. */
  static SharedDevstack in(ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    return root.getStore(NAMESPACE)
        .computeIfAbsent(SharedDevstack.class, key -> start(directory(root)), SharedDevstack.class);
  }

  TestKafka kafka() {
    return kafka;
  }

  PostgresServer postgres() {
    return devstack.postgres();
  }

  Devstack devstack() {
    return devstack;
  }

  @Override
  public void close() {
    devstack.close();
  }

  private static SharedDevstack start(Path directory) {
    // Fresh: a run never sees the topics or databases of the run before it.
    return new SharedDevstack(Devstack.start(DevstackOptions.in(directory).withFresh(true)));
  }

  private static Path directory(ExtensionContext root) {
    return root.getConfigurationParameter(DIRECTORY_PARAMETER)
        .map(Path::of)
        .orElse(DEFAULT_DIRECTORY);
  }
}
