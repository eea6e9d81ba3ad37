package dev.eventline.cli;

import java.io.Console;

/** Whether the output is a terminal, where a progress bar may redraw its line. */
final class Terminal {
  private Terminal() {}

  static boolean attached() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 a Console exists even when the output is redirected; isTerminal() tells.
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // JDK 21: a console is a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
