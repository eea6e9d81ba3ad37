package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.outbox.OutboxRelay;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the relay right after a transaction that appended to the outbox commits, whoever appended
 * (a service's publish, a saga's command), so events leave without waiting for the relay's poll.
 * Once per transaction; nothing happens when it rolls back.
 */
final class RelayWakeUp implements Runnable {
  private final TransactionSynchronization afterCommit;

  RelayWakeUp(OutboxRelay relay) {
    this.afterCommit =
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            relay.wakeUp();
          }
        };
  }

  @Override
  public void run() {
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && !TransactionSynchronizationManager.getSynchronizations().contains(afterCommit)) {
      TransactionSynchronizationManager.registerSynchronization(afterCommit);
    }
  }
}
