/**
 * What operators need to run sagas in production: {@link
 * dev.eventline.kit.saga.operations.SagaOperations} lists and filters instances, reads one's
 * history and retries a stuck one; {@link dev.eventline.kit.saga.operations.SagaGauges} publishes
 * the in-flight and stuck counts as Micrometer gauges.
 */
package dev.eventline.kit.saga.operations;
