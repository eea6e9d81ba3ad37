package dev.eventline.cli.status;

/** What a service's {@code /actuator/health} said, or that it said nothing. */
sealed interface ServiceHealth {

  /**
   * The service answered with its status.
   *
   * @param status Spring Boot's status code: {@code UP}, {@code DOWN}, {@code OUT_OF_SERVICE}...
   */
  record Reported(String status) implements ServiceHealth {}

  /** No answer, or none that tells a status: {@code connection refused}. */
  record Unanswered(String reason) implements ServiceHealth {}

  default boolean up() {
    return this instanceof Reported(String status) && status.equals("UP");
  }
}
