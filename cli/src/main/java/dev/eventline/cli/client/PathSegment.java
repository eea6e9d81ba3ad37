package dev.eventline.cli.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Puts ids into URL paths and query strings, percent-encoding what needs it. */
final class PathSegment {
  private PathSegment() {}

  /** {@code text} as one path segment: letters, digits and {@code -._~:@} stay as they are. */
  static String of(String text) {
    StringBuilder segment = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:@".indexOf(c) >= 0)) {
        segment.append(c);
      } else {
        segment.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return segment.toString();
  }

  /** {@code text} as a query parameter's value. */
  static String query(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
