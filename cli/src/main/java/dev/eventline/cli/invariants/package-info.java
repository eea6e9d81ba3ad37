/**
 * The invariants I1 to I6 of SYSTEM.md as a pure check ({@link
 * dev.eventline.cli.invariants.InvariantCheck}) of a {@link
 * dev.eventline.cli.invariants.SystemSnapshot}: what the services said about every order, payment,
 * saga, wallet and sku after a run, and what the dead-letter topics hold.
 */
package dev.eventline.cli.invariants;
