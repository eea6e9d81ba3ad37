package dev.eventline.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ScreenTest {
  private final StringWriter written = new StringWriter();

  @Test
  void aTerminalIsClearedBeforeEveryFrame() {
    Screen screen = new Screen(new PrintWriter(written), true);

    screen.show("one\n");
    screen.show("two\n");

    assertThat(written.toString()).isEqualTo(Screen.CLEAR + "one\n" + Screen.CLEAR + "two\n");
  }

  @Test
  void otherOutputGetsFramesOneAfterAnotherABlankLineBetween() {
    Screen screen = new Screen(new PrintWriter(written), false);

    screen.show("one\n");
    screen.show("two\n");

    assertThat(written.toString()).isEqualTo("one\n" + System.lineSeparator() + "two\n");
  }
}
