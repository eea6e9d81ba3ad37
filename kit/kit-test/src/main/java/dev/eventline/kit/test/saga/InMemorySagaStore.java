package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaTransition;
import dev.eventline.kit.saga.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Saga instances and their history, as the JDBC engine stores them: a transition is saved whole or
 * not at all, and only over the lock version it was computed from, so of two deliveries that loaded
 * the same version only the first to commit wins.
 */
final class InMemorySagaStore<S extends Record> {
  private final Map<UUID, SagaInstance<S>> instances = new HashMap<>();
  private final Map<UUID, List<SagaTransition>> histories = new HashMap<>();

  Optional<SagaInstance<S>> load(UUID id) {
    return Optional.ofNullable(instances.get(id));
  }

  List<SagaTransition> history(UUID id) {
    return List.copyOf(histories.getOrDefault(id, List.of()));
  }

  /** Saves a started saga; false if one with its id exists already. */
  boolean insert(Transition<S> started) {
    UUID id = started.instance().id();
    if (instances.containsKey(id)) {
      return false;
    }
    instances.put(id, started.instance());
    histories.computeIfAbsent(id, key -> new ArrayList<>()).add(started.history());
    return true;
  }

  /** Saves {@code transition} if the stored instance is still at {@code loadedVersion}. */
  boolean commit(long loadedVersion, Transition<S> transition) {
    UUID id = transition.instance().id();
    SagaInstance<S> stored = instances.get(id);
    if (stored == null || stored.lockVersion() != loadedVersion) {
      return false;
    }
    long expected = transition.acted() ? loadedVersion + 1 : loadedVersion;
    if (transition.instance().lockVersion() != expected) {
      throw new IllegalStateException(
          "saga "
              + id
              + ": a transition from lock version "
              + loadedVersion
              + " must save version "
              + expected
              + ", not "
              + transition.instance().lockVersion());
    }
    instances.put(id, transition.instance());
    histories.get(id).add(transition.history());
    return true;
  }
}
