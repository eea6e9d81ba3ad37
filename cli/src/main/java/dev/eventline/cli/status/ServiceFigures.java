package dev.eventline.cli.status;

/**
 * One service as {@code status} found it.
 *
 * @param service the service's name, as its metrics' {@code service} tag has it: {@code orders}
 */
record ServiceFigures(String service, ServiceHealth health, ServiceMetrics metrics) {}
