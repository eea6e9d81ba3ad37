/**
 * The saga runtime: {@link dev.eventline.kit.saga.engine.SagaEngine} applies the machine's rules to
 * stored instances in the caller's transaction (state, history and outbox commit together), {@link
 * dev.eventline.kit.saga.engine.SagaDefinitions} holds every registered version of every saga, and
 * {@link dev.eventline.kit.saga.engine.SagaDeadlines} fires the durable deadlines.
 *
 * <p>A service wires it once:
 *
 * <pre>{@code
 * SagaDefinitions definitions = SagaDefinitions.of(PlaceOrderSaga.V1);
 * SagaEngine engine = new SagaEngine(definitions, events, new SagaMetrics(registry), clock);
 * try (Connection connection = dataSource.getConnection()) {
 *   engine.verifyStoredVersions(connection); // refuse to start with a version missing
 * }
 * SagaDeadlines deadlines =
 *     new SagaDeadlines(engine, new JdbcTransactionRunner(dataSource), clock, DeadlineSettings.DEFAULT);
 * deadlines.start();
 * }</pre>
 *
 * <p>and feeds the engine every reply type of its sagas ({@code definitions.replyTypes()}), each in
 * the transaction that records the event in the kit's {@code Inbox}.
 */
package dev.eventline.kit.saga.engine;
