/**
 * Testing sagas without a broker or a database: {@link dev.eventline.kit.test.saga.SagaFixture}, a
 * given/when/expect fixture for one instance and one input at a time, and {@link
 * dev.eventline.kit.test.saga.SagaSimulation}, a seeded simulation that runs thousands of instances
 * over a transport that duplicates, delays, reorders and redelivers, crashes transitions before
 * they commit, then checks that every instance ended with a net effect that adds up. Both run the
 * real {@link dev.eventline.kit.saga.SagaMachine}, the same rules the engine runs in its
 * transactions.
 */
package dev.eventline.kit.test.saga;
