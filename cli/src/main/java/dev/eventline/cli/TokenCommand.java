package dev.eventline.cli;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventline token}: prints a development bearer token, and nothing else, on stdout, so that
 * {@code TOKEN=$(./eventline token alice)} works. It needs only the issuer's key, which the first
 * {@code up} makes and later runs keep: the stack need not be running.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a development JWT for USER, signed by the local dev issuer.",
      "Use it as: curl -H \"Authorization: Bearer $(./eventline token alice)\" ...",
      "Needs the key that './eventline up' makes; the stack need not be running."
    })
final class TokenCommand implements Callable<Integer> {
  private static final Pattern TTL = Pattern.compile("(\\d{1,7})([smhd])");
  private static final Map<String, ChronoUnit> UNITS =
      Map.of(
          "s", ChronoUnit.SECONDS,
          "m", ChronoUnit.MINUTES,
          "h", ChronoUnit.HOURS,
          "d", ChronoUnit.DAYS);

  @Spec CommandSpec spec;
  @Mixin DataDirectory dataDirectory;

  @Parameters(
      paramLabel = "USER",
      description = "The user id (the token's sub): 1 to 64 of a-z A-Z 0-9 . - _ @")
  String user;

  @Option(names = "--admin", description = "Adds the admin role: roles [user, admin].")
  boolean admin;

  @Option(
      names = "--ttl",
      paramLabel = "DURATION",
      defaultValue = "1h",
      description = "How long the token is valid: 90s, 30m, 8h, 7d (default 1h, at most 30d).")
  String ttl;

  @Override
  public Integer call() {
    Matcher lifetime = TTL.matcher(ttl);
    if (!lifetime.matches()) {
      return usageError("--ttl is a number and a unit, s, m, h or d (like 30m), not '" + ttl + "'");
    }
    TokenIssuer issuer = TokenIssuer.load(dataDirectory.path().resolve("keys"));
    String token;
    try {
      token = issuer.mint(user, admin ? Role.ADMIN : Role.USER, duration(lifetime));
    } catch (IllegalArgumentException e) {
      return usageError(e.getMessage());
    }
    spec.commandLine().getOut().println(token);
    return ExitCode.OK;
  }

  private static Duration duration(Matcher lifetime) {
    return Duration.of(Long.parseLong(lifetime.group(1)), UNITS.get(lifetime.group(2)));
  }

  private int usageError(String message) {
    spec.commandLine().getErr().println("eventline: " + message);
    return ExitCode.USAGE;
  }
}
