package dev.eventline.cli.status;

import java.io.PrintWriter;

/**
 * Where {@code status --watch} shows its frames: a terminal is cleared before each one (ANSI:
 * cursor home, erase display), so the frame redraws in place; anything else gets the frames one
 * after another, a blank line between them, to read back or grep.
 */
public final class Screen {
  static final String CLEAR = "\033[H\033[2J";

  private final PrintWriter out;
  private final boolean terminal;
  private boolean first = true;

  public Screen(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  public void show(String frame) {
    if (terminal) {
      out.print(CLEAR);
    } else if (!first) {
      out.println();
    }
    first = false;
    out.print(frame);
    out.flush();
  }
}
