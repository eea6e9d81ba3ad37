/**
 * The order domain: orders, their lines and states, the catalogue prices they are placed at, and
 * the rules of a valid order. No Spring, Kafka or JDBC here (an ArchUnit test keeps it so).
 */
package dev.eventline.orders;
