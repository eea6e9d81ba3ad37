package dev.eventline.cli.invariants;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything the invariant check looks at, as read from the running system after a workload: the
 * services' own data, never what the workload expected.
 *
 * @param users each user of the workload: the wallet and every order with its payment and saga
 * @param skus each product of the workload: the stock the administrator set and what is available
 * @param deadLetters every dead letter found in the cluster's {@code *.dlq} topics
 * @param injectedEventIds the CloudEvents ids of the bad messages the workload sent on purpose
 */
public record SystemSnapshot(
    List<UserSnapshot> users,
    List<SkuSnapshot> skus,
    List<FoundDeadLetter> deadLetters,
    Set<String> injectedEventIds) {

  public SystemSnapshot {
    users = List.copyOf(users);
    skus = List.copyOf(skus);
    deadLetters = List.copyOf(deadLetters);
    injectedEventIds = Set.copyOf(injectedEventIds);
  }

  /** Every order of every user. */
  public Stream<OrderSnapshot> orders() {
    return users.stream().flatMap(user -> user.orders().stream());
  }

  public int orderCount() {
    return users.stream().mapToInt(user -> user.orders().size()).sum();
  }
}
