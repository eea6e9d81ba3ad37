package dev.eventline.cli;

/** Exit codes of the {@code eventline} command. */
final class ExitCode {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  /** {@code status} found nothing running (as {@code systemctl status} does). */
  static final int NOT_RUNNING = 3;

  private ExitCode() {}
}
