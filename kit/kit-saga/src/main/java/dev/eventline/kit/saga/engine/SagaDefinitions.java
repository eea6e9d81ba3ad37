package dev.eventline.kit.saga.engine;

import dev.eventline.kit.saga.Saga;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The saga definitions this service runs, every version of each: new instances follow the newest
 * version of their saga, and an instance keeps the version it started with, so an old version stays
 * registered until its instances drain ({@link SagaEngine#verifyStoredVersions} checks that).
 *
 * <pre>{@code
 * SagaDefinitions definitions = SagaDefinitions.of(PlaceOrderSaga.V1, PlaceOrderSaga.V2);
 * }</pre>
 */
public final class SagaDefinitions {
  private final Map<String, NavigableMap<Integer, Saga<?>>> byName;

  private SagaDefinitions(Map<String, NavigableMap<Integer, Saga<?>>> byName) {
    this.byName = byName;
  }

  public static SagaDefinitions of(Saga<?>... sagas) {
    return of(List.of(sagas));
  }

  /** Fails with {@link IllegalArgumentException} when a name and version repeat. */
  public static SagaDefinitions of(Collection<? extends Saga<?>> sagas) {
    Map<String, NavigableMap<Integer, Saga<?>>> byName = new TreeMap<>();
    for (Saga<?> saga : sagas) {
      Saga<?> same =
          byName
              .computeIfAbsent(saga.name(), name -> new TreeMap<>())
              .putIfAbsent(saga.version(), saga);
      if (same != null) {
        throw new IllegalArgumentException(saga + " is registered twice");
      }
    }
    return new SagaDefinitions(byName);
  }

  /** The newest version of the saga {@code name}; fails naming what is registered. */
  public Saga<?> newest(String name) {
    NavigableMap<Integer, Saga<?>> versions = byName.get(name);
    if (versions == null) {
      throw new IllegalArgumentException(
          "saga " + name + " is not registered; registered: " + this);
    }
    return versions.lastEntry().getValue();
  }

  /**
   * The newest version of {@code saga}'s name, which must keep its data in the same record.
   *
   * @throws IllegalArgumentException when the saga is not registered or its data record changed
   */
  @SuppressWarnings("unchecked") // checked: the newest version holds the same data record
  public <S extends Record> Saga<S> newestOf(Saga<S> saga) {
    Saga<?> newest = newest(saga.name());
    if (!newest.dataType().equals(saga.dataType())) {
      throw new IllegalArgumentException(
          newest
              + " keeps its data in "
              + newest.dataType().getName()
              + ", not "
              + saga.dataType().getName());
    }
    return (Saga<S>) newest;
  }

  /** Version {@code version} of the saga {@code name}, if it is registered. */
  public Optional<Saga<?>> find(String name, int version) {
    return Optional.ofNullable(byName.getOrDefault(name, new TreeMap<>()).get(version));
  }

  /** The names of the registered sagas. */
  public Set<String> names() {
    return Set.copyOf(byName.keySet());
  }

  /** Every registered definition, by name then version. */
  public List<Saga<?>> all() {
    List<Saga<?>> all = new ArrayList<>();
    byName.values().forEach(versions -> all.addAll(versions.values()));
    return all;
  }

  /** Every reply type a registered definition waits for: what the service must consume. */
  public Set<Class<? extends Record>> replyTypes() {
    Set<Class<? extends Record>> types = new HashSet<>();
    all().forEach(saga -> types.addAll(saga.replyTypes()));
    return types;
  }

  /** E.g. {@code place-order v1, place-order v2}, or {@code none}. */
  @Override
  public String toString() {
    return byName.isEmpty()
        ? "none"
        : all().stream().map(Saga::toString).collect(Collectors.joining(", "));
  }
}
