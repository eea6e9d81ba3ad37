package dev.eventline.cli.demo;

/** What an order of the demo is aimed at, and so how it should end. */
public enum OrderKind {
  /** Plentiful products, by a user who can pay: completes. */
  PLENTIFUL,
  /**
   * One of the limited product, by a user who can pay: completes while stock lasts, then runs out
   * of stock after payment and is refunded. Which ones complete is decided by the race.
   */
  LIMITED,
  /** Plentiful products, by a broke user: declined for funds. */
  UNAFFORDABLE
}
