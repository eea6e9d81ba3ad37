/**
 * Real Kafka and PostgreSQL for integration tests, started once per test run.
 *
 * <p>Annotate a test class with {@link dev.eventline.kit.test.infrastructure.RealInfrastructure}
 * and declare a {@link dev.eventline.kit.test.infrastructure.TestKafka} or {@link
 * dev.eventline.kit.test.infrastructure.TestDatabase} parameter on its constructor or on any
 * lifecycle or test method. The first class that asks starts one devstack (a real broker and a real
 * PostgreSQL, see {@code dev.eventline.devstack}) for the whole run; every class gets a database of
 * its own, owned by a login role of its own, dropped when the class is done.
 */
package dev.eventline.kit.test.infrastructure;
