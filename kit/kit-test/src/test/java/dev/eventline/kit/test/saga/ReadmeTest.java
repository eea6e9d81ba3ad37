package dev.eventline.kit.test.saga;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.test.readme.ReadmeQuickStart;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeTest {
  static final Path TESTS = Path.of("src/test/java/dev/eventline/kit/test/saga");

  @Test
  void theReadmeQuickStartIsTheCodeThatRunsHere() {
    assertThat(ReadmeQuickStart.in(Path.of("README.md")))
        .isEqualTo(
            ReadmeQuickStart.sampledFrom(
                TESTS.resolve("SagaFixtureTest.java"),
                TESTS.resolve("OrderSagaSimulationTest.java")));
  }
}
