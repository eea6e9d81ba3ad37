package dev.eventline.cli.status;

/** How many records a dead-letter topic ({@code <topic>.dlq}) holds, over all its partitions. */
record DeadLetterCount(String topic, long records) {}
