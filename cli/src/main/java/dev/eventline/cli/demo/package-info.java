/**
 * {@code ./eventline demo}: a seeded plan of products, users and orders ({@link
 * dev.eventline.cli.demo.DemoPlan}), its run against a started system ({@link
 * dev.eventline.cli.demo.Demo}) and the report of outcomes, latency and invariants.
 */
package dev.eventline.cli.demo;
