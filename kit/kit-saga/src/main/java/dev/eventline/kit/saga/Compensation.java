package dev.eventline.kit.saga;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a completed step is undone: a command to its participant, done when one of {@code
 * confirmedBy} comes back, or a local action.
 */
record Compensation<S extends Record>(
    Optional<Function<S, ? extends Record>> command,
    Set<Class<? extends Record>> confirmedBy,
    Optional<LocalAction<S>> local) {

  static <S extends Record> Compensation<S> sending(
      Function<S, ? extends Record> command, Set<Class<? extends Record>> confirmedBy) {
    if (confirmedBy.isEmpty()) {
      throw new IllegalArgumentException(
          "a compensating command needs the reply type that confirms it");
    }
    return new Compensation<>(Optional.of(command), Set.copyOf(confirmedBy), Optional.empty());
  }

  static <S extends Record> Compensation<S> locally(LocalAction<S> action) {
    return new Compensation<>(Optional.empty(), Set.of(), Optional.of(action));
  }
}
