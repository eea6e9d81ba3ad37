package dev.eventline.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.gateway.GatewayProperties;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared buckets, on a real Redis started here on a free port; it needs Debian's {@code
 * redis-server} ({@code apt-get install redis-server}, which {@code .ci/run} does).
 */
class RedisRateLimitsTest {
  private Process redis;
  private URI uri;

  @BeforeEach
  void startRedis(@TempDir Path data) throws Exception {
    Optional<Path> installed = onPath("redis-server");
    Path server =
        installed.orElseThrow(
            () ->
                new AssertionError(
                    "redis-server is not on the PATH; install Debian's redis-server package:"
                        + " sudo apt-get install redis-server (.ci/run does)"));
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    redis =
        new ProcessBuilder(
                server.toString(),
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                data.toString())
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("redis.log").toFile())
            .start();
    uri = URI.create("redis://127.0.0.1:" + port);
    awaitListening(port);
  }

  @AfterEach
  void stopRedis() throws InterruptedException {
    if (redis != null) {
      redis.destroy();
      redis.waitFor();
    }
  }

  @Test
  void sharesEachUsersBucketBetweenGatewayInstances() throws Exception {
    String user = "user-" + UUID.randomUUID();
    var bucket = RateLimits.bucket(new GatewayProperties.RateLimit(4, 1));
    RedisRateLimits first = new RedisRateLimits(uri, bucket);
    RedisRateLimits second = new RedisRateLimits(uri, bucket);
    try {
      IntStream.range(0, 2).forEach(i -> assertThat(first.take(user).block().granted()).isTrue());
      IntStream.range(0, 2).forEach(i -> assertThat(second.take(user).block().granted()).isTrue());

      RateLimits.Allowance refused = first.take(user).block();

      assertThat(refused.granted()).isFalse();
      assertThat(refused.retryAfterSeconds()).isEqualTo(1);
      assertThat(second.take("another-" + user).block().granted()).isTrue();
    } finally {
      first.destroy();
      second.destroy();
    }
  }

  @Test
  void letsRequestsThroughWhenRedisStopsAnswering() throws Exception {
    String user = "user-" + UUID.randomUUID();
    RedisRateLimits limits =
        new RedisRateLimits(uri, RateLimits.bucket(new GatewayProperties.RateLimit(1, 1)));
    try {
      assertThat(limits.take(user).block().granted()).isTrue();
      assertThat(limits.take(user).block().granted()).isFalse();

      stopRedis();

      assertThat(limits.take(user).block().granted()).isTrue();
    } finally {
      limits.destroy();
    }
  }

  private static Optional<Path> onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(directory -> !directory.isBlank())
        .map(directory -> Path.of(directory, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private void awaitListening(int port) {
    await()
        .atMost(Duration.ofSeconds(10))
        .failFast("redis-server exited", () -> !redis.isAlive())
        .until(() -> accepts(port));
  }

  private static boolean accepts(int port) {
    try {
      new Socket(InetAddress.getLoopbackAddress(), port).close();
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }
}
