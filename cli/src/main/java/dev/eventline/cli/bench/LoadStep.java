package dev.eventline.cli.bench;

/** Holds one arrival rate against the system and says what it did. */
@FunctionalInterface
interface LoadStep {
  StepOutcome run(Arrivals arrivals, String name);
}
