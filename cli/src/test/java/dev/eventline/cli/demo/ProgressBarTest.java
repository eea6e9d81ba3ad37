package dev.eventline.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final StringWriter written = new StringWriter();
  private final PrintWriter out = new PrintWriter(written, true);

  @Test
  void onATerminalItRedrawsOneLineAndEndsIt() {
    ProgressBar bar = new ProgressBar(out, true, "Placing orders", 1000);

    bar.show(0);
    bar.show(380);
    bar.show(1000);
    bar.finish();

    assertThat(written.toString())
        .isEqualTo(
            "\rPlacing orders [..............................]    0/1000   0%"
                + "\rPlacing orders [###########...................]  380/1000  38%"
                + "\rPlacing orders [##############################] 1000/1000 100%"
                + System.lineSeparator());
  }

  @Test
  void elsewhereItPrintsALineAtEveryTenth() {
    ProgressBar bar = new ProgressBar(out, false, "Placing orders", 20);

    for (int done = 1; done <= 20; done++) {
      bar.show(done);
    }
    bar.finish();

    String[] lines = written.toString().split(System.lineSeparator());
    assertThat(lines)
        .hasSize(10)
        .startsWith("Placing orders: 2/20 (10%)", "Placing orders: 4/20 (20%)")
        .endsWith("Placing orders: 20/20 (100%)");
  }

  @Test
  void aJumpPrintsOneLineAndItNeverGoesBack() {
    ProgressBar bar = new ProgressBar(out, false, "Sagas", 100);

    bar.show(35);
    bar.show(20);
    bar.show(35);
    bar.show(39);
    bar.show(40);

    assertThat(written.toString())
        .isEqualTo(
            "Sagas: 35/100 (35%)"
                + System.lineSeparator()
                + "Sagas: 40/100 (40%)"
                + System.lineSeparator());
  }

  @Test
  void finishingTwiceEndsTheLineOnceAndLaterCountsAreIgnored() {
    ProgressBar bar = new ProgressBar(out, true, "Sagas", 4);

    bar.show(2);
    bar.finish();
    bar.finish();
    bar.show(4);

    assertThat(written.toString())
        .isEqualTo("\rSagas [###############...............] 2/4  50%" + System.lineSeparator());
  }

  @Test
  void nothingToDoIsAFullBar() {
    ProgressBar bar = new ProgressBar(out, true, "Sagas", 0);

    bar.finish();

    assertThat(written.toString())
        .isEqualTo("\rSagas [##############################] 0/0 100%" + System.lineSeparator());
  }
}
