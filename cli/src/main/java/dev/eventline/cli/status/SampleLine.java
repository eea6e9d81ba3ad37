package dev.eventline.cli.status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one sample line of the text format: {@code name{label="value",...} value [timestamp]}. A
 * label value escapes {@code \\}, {@code \"} and a line feed as {@code \n}; a value may be {@code
 * +Inf}, {@code -Inf} or {@code NaN}.
 */
final class SampleLine {
  private final String line;
  private int at;

  private SampleLine(String line) {
    this.line = line;
  }

  static Sample parse(String line) {
    return new SampleLine(line).sample();
  }

  private Sample sample() {
    String name = name(true);
    skipBlanks();
    Map<String, String> labels = new LinkedHashMap<>();
    if (peek() == '{') {
      at++;
      labels(labels);
      skipBlanks();
    }
    double value = value(token("a value"));
    skipBlanks();
    if (at < line.length()) {
      timestamp(token("a timestamp"));
      skipBlanks();
      if (at < line.length()) {
        throw problem("unexpected '" + line.substring(at) + "' after the timestamp");
      }
    }
    return new Sample(name, labels, value);
  }

  private void labels(Map<String, String> labels) {
    while (true) {
      skipBlanks();
      if (peek() == '}') {
        at++;
        return;
      }
      String label = name(false);
      skipBlanks();
      expect('=');
      skipBlanks();
      expect('"');
      labels.put(label, quoted());
      skipBlanks();
      if (peek() == ',') {
        at++;
      } else if (peek() != '}') {
        throw problem("expected ',' or '}' after label " + label);
      }
    }
  }

  /** A label value after its opening quote, up to the closing one, escapes undone. */
  private String quoted() {
    StringBuilder value = new StringBuilder();
    while (at < line.length()) {
      char c = line.charAt(at++);
      if (c == '"') {
        return value.toString();
      }
      if (c == '\\' && at < line.length()) {
        char escaped = line.charAt(at++);
        switch (escaped) {
          case 'n' -> value.append('\n');
          case '\\', '"' -> value.append(escaped);
          default -> value.append('\\').append(escaped);
        }
      } else {
        value.append(c);
      }
    }
    throw problem("a label value without its closing quote");
  }

  private String name(boolean metric) {
    int start = at;
    while (at < line.length() && nameCharacter(line.charAt(at), at == start, metric)) {
      at++;
    }
    if (at == start) {
      throw problem("expected a " + (metric ? "metric" : "label") + " name at column " + (at + 1));
    }
    return line.substring(start, at);
  }

  private static boolean nameCharacter(char c, boolean first, boolean metric) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return letter || (metric && c == ':') || (!first && c >= '0' && c <= '9');
  }

  private String token(String what) {
    int start = at;
    while (at < line.length() && !blank(line.charAt(at))) {
      at++;
    }
    if (at == start) {
      throw problem("expected " + what + " at column " + (at + 1));
    }
    return line.substring(start, at);
  }

  private double value(String text) {
    return switch (text) {
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> {
        try {
          yield Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw problem("'" + text + "' is not a number");
        }
      }
    };
  }

  private void timestamp(String text) {
    try {
      Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw problem("'" + text + "' is not a timestamp in milliseconds");
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw problem("expected '" + c + "' at column " + (at + 1));
    }
    at++;
  }

  private char peek() {
    return at < line.length() ? line.charAt(at) : '\0';
  }

  private void skipBlanks() {
    while (at < line.length() && blank(line.charAt(at))) {
      at++;
    }
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }

  private IllegalArgumentException problem(String message) {
    return new IllegalArgumentException(message + " in: " + line);
  }
}
