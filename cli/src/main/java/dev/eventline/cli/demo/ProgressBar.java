package dev.eventline.cli.demo;

import java.io.PrintWriter;

/**
 * Shows how far a phase of the demo is: on a terminal one line redrawn in place ({@code \r}),
 * elsewhere (a pipe, a CI log) a line at every tenth of the way.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final boolean terminal;
  private final String label;
  private final int total;
  private int shown = -1;
  private boolean finished;

  /**
   * @param terminal true to redraw one line, as {@code System.console() != null} says
   */
  public ProgressBar(PrintWriter out, boolean terminal, String label, int total) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
    this.total = Math.max(total, 0);
  }

  /** Shows that {@code done} of the total are done; never goes back. */
  public synchronized void show(int done) {
    int clamped = Math.clamp(done, 0, total);
    if (finished || clamped <= shown) {
      return;
    }
    int previous = shown;
    shown = clamped;
    if (terminal) {
      out.print("\r" + line(clamped));
      out.flush();
    } else if (tenths(clamped) > tenths(Math.max(previous, 0))) {
      out.println(label + ": " + clamped + "/" + total + " (" + percent(clamped) + "%)");
    }
  }

  /** Ends the bar's line, leaving it as it stands. */
  public synchronized void finish() {
    if (finished) {
      return;
    }
    if (terminal) {
      if (shown < 0) {
        out.print("\r" + line(0));
      }
      out.println();
    }
    finished = true;
  }

  /** {@code Placing orders [###########...................] 380/1000 38%}. */
  String line(int done) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String width = Integer.toString(Integer.toString(total).length());
    return String.format(
        "%s [%s%s] %" + width + "d/%d %3d%%",
        label,
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done,
        total,
        percent(done));
  }

  private int percent(int done) {
    return total == 0 ? 100 : (int) (100L * done / total);
  }

  private int tenths(int done) {
    return total == 0 ? 10 : (int) (10L * done / total);
  }
}
