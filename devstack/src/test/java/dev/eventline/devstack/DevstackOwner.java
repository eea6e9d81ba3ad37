package dev.eventline.devstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A JVM that starts a devstack and then only waits, so that a test can kill it (SIGKILL) and see
 * what the devstack leaves behind. Prints {@code READY <broker pid> <postmaster pid>}.
 */
public final class DevstackOwner {
  private DevstackOwner() {}

  public static void main(String[] args) throws InterruptedException {
    Devstack stack = Devstack.start(DevstackOptions.in(Path.of(args[0])));
    System.out.println(
        "READY "
            + stack.kafka().broker(1).process().orElseThrow().pid()
            + " "
            + stack.postgres().process().orElseThrow().pid());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
