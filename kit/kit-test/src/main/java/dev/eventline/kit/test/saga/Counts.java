package dev.eventline.kit.test.saga;

import java.util.EnumMap;
import java.util.Map;

/** The simulation's running {@link Figure}s. */
final class Counts {
  private final long[] counts = new long[Figure.values().length];

  void add(Figure figure) {
    counts[figure.ordinal()]++;
  }

  void addAll(Counts other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  Map<Figure, Long> snapshot() {
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      figures.put(figure, counts[figure.ordinal()]);
    }
    return figures;
  }
}
