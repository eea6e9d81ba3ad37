package dev.eventline.kit.saga;

/**
 * A step (or a compensation) done by the saga's own service, in the transaction of the transition
 * that reaches it: it returns the saga's new data, or throws to be retried.
 */
@FunctionalInterface
public interface LocalAction<S extends Record> {
  S apply(S data) throws Exception;
}
