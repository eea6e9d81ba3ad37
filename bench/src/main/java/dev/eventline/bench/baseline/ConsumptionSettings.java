package dev.eventline.bench.baseline;

/**
 * How {@link ConsumptionComparison} measures the kit's consumer.
 *
 * @param events signed events on the topic before either consumer starts; each consumer applies all
 *     of them
 * @param recordsPerTransaction the grouped consumer's records per transaction (the starter's
 *     default is 100); the other takes one
 * @param partitions partitions of the topic
 */
public record ConsumptionSettings(int events, int recordsPerTransaction, int partitions) {

  /** 5,000 events, 100 per transaction, 6 partitions. */
  public static final ConsumptionSettings DEFAULT = new ConsumptionSettings(5_000, 100, 6);

  public ConsumptionSettings {
    if (events < 1 || partitions < 1) {
      throw new IllegalArgumentException(
          "events and partitions must be 1 or more, not " + events + " and " + partitions);
    }
    if (recordsPerTransaction < 2) {
      throw new IllegalArgumentException(
          "recordsPerTransaction must be 2 or more to compare it with 1, not "
              + recordsPerTransaction);
    }
  }

  public ConsumptionSettings withEvents(int count) {
    return new ConsumptionSettings(count, recordsPerTransaction, partitions);
  }

  public ConsumptionSettings withRecordsPerTransaction(int records) {
    return new ConsumptionSettings(events, records, partitions);
  }

  public ConsumptionSettings withPartitions(int count) {
    return new ConsumptionSettings(events, recordsPerTransaction, count);
  }
}
