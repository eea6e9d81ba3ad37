package dev.eventline.kit.saga.store;

/**
 * How many stored instances of one saga version are not finished (neither COMPLETED nor
 * COMPENSATED), and how many of those are stuck.
 */
public record UnfinishedSagas(String type, int definitionVersion, long count, long stuck) {}
