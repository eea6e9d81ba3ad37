package dev.eventline.bench.baseline;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * A consumer group of the bench's own, {@code bench-<purpose>-<run>}, whose committed offsets the
 * broker forgets when it is closed. Close its consumers first: a group with members stays.
 */
final class ScratchGroup implements AutoCloseable {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private final Admin admin;
  private final String name;

  private ScratchGroup(Admin admin, String name) {
    this.admin = admin;
    this.name = name;
  }

  static ScratchGroup of(Admin admin, String purpose) {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    return new ScratchGroup(admin, "bench-" + purpose + "-" + run);
  }

  String name() {
    return name;
  }

  @Override
  public void close() {
    try {
      admin.deleteConsumerGroups(List.of(name)).all().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof GroupIdNotFoundException)) {
        throw new IllegalStateException("cannot delete consumer group " + name, e.getCause());
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("cannot delete consumer group " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while deleting consumer group " + name, e);
    }
  }
}
