package dev.eventline.cli.status;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many records a consumer group has yet to read, per topic it committed offsets for: the end of
 * each partition minus the group's committed offset, summed over the topic's partitions.
 *
 * @param byTopic sorted by topic; empty when the group committed nothing yet
 */
record ConsumerLag(String group, Map<String, Long> byTopic) {
  ConsumerLag {
    byTopic = Collections.unmodifiableSortedMap(new TreeMap<>(byTopic));
  }
}
