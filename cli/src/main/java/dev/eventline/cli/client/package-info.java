/**
 * A typed client of the order system's HTTP API ({@link
 * dev.eventline.cli.client.OrderSystemClient}): a customer's orders, wallet and catalogue, and the
 * administrator's products, payments, wallets, sagas and dead letters, each service called at its
 * own base URI with a development token. The demo, the operators' commands and the end-to-end tests
 * use it.
 */
package dev.eventline.cli.client;
