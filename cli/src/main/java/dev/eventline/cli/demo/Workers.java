package dev.eventline.cli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/** Runs a call per item on virtual threads, at most {@code parallelism} at a time. */
public final class Workers {
  private Workers() {}

  /**
   * The results of {@code call} for each item, in the items' order.
   *
   * @throws RuntimeException the first failure of a call, once every call has ended
   */
  public static <T, R> List<R> map(List<T> items, int parallelism, Function<T, R> call) {
    Semaphore permits = new Semaphore(parallelism);
    List<Future<R>> futures = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (T item : items) {
        futures.add(
            threads.submit(
                () -> {
                  permits.acquire();
                  try {
                    return call.apply(item);
                  } finally {
                    permits.release();
                  }
                }));
      }
    } // waits for every call
    List<R> results = new ArrayList<>();
    for (Future<R> future : futures) {
      try {
        results.add(future.get());
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException failure
            ? failure
            : new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return results;
  }
}
