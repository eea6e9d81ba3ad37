/**
 * The saga tables ({@link dev.eventline.kit.saga.store.SagaSchema}) and the JDBC code that reads
 * and writes them: {@link dev.eventline.kit.saga.store.SagaStore} for one instance and its history,
 * with optimistic locking, and {@link dev.eventline.kit.saga.store.StoredSagas} for searches and
 * counts over all of them. Applications use the engine and the operations API rather than these.
 */
package dev.eventline.kit.saga.store;
