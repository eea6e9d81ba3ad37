package dev.eventline.kit.test.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeQuickStartTest {
  @TempDir Path directory;

  @Test
  void readsTheFirstCodeBlockAfterTheHeading() throws Exception {
    Path readme =
        write(
            "README.md",
            "# x\n```java\nnot this\n```\n## Quick start\nSome words.\n```java\na();\nb();\n```\n```java\nc();\n```\n");

    assertThat(ReadmeQuickStart.in(readme)).isEqualTo("a();\nb();");
  }

  @Test
  void joinsTheMarkedRegionsOfTheSourcesWithoutTheirIndentation() throws Exception {
    Path first =
        write(
            "A.java",
            "class A {\n  void f() {\n    // quick-start:begin\n    a();\n\n      b();\n    // quick-start:end\n  }\n}\n");
    Path second = write("B.java", "// quick-start:begin\nc();\n// quick-start:end\n");

    assertThat(ReadmeQuickStart.sampledFrom(first, second)).isEqualTo("a();\n\n  b();\nc();");
  }

  @Test
  void aReadmeWithoutAQuickStartIsReported() throws Exception {
    Path readme = write("README.md", "# x\n");

    assertThatThrownBy(() -> ReadmeQuickStart.in(readme))
        .hasMessageContaining("no '## Quick start'");
  }

  @Test
  void anUnclosedRegionIsReported() throws Exception {
    Path source = write("A.java", "// quick-start:begin\na();\n");

    assertThatThrownBy(() -> ReadmeQuickStart.sampledFrom(source))
        .hasMessageContaining("never ends");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(directory.resolve(name), text);
  }
}
