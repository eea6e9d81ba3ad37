package dev.eventline.kit.test.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A POST that a fuzz input spells as an edit of a valid request: header lines, then a blank line
 * and the body. {@code Name: value} sets a header, replacing the valid request's, and {@code -Name}
 * removes one; lines may end in CRLF, and header bytes are read as Latin-1, so any byte but a line
 * break can be in a value. The body is the raw bytes after the blank line (invalid UTF-8 included);
 * an input without a blank line keeps the valid body, one that starts with it keeps the headers.
 *
 * <p>Headers that the HTTP client frames itself ({@code Content-Length}, {@code Host}...) or
 * refuses (a name or value no client could send) are left as the valid request has them.
 */
public record FuzzedRequest(Map<String, String> headers, byte[] body) {
  private static final Set<String> CLIENT_OWNED =
      Set.of(
          "connection",
          "content-length",
          "expect",
          "host",
          "keep-alive",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade");

  /** The valid request, edited as {@code input} says. */
  public static FuzzedRequest of(Map<String, String> validHeaders, byte[] validBody, byte[] input) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(validHeaders);
    byte[] body = validBody;
    int start = 0;
    while (start < input.length) {
      int end = indexOf(input, (byte) '\n', start);
      String line = new String(input, start, end - start, ISO_8859_1);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty()) {
        body = Arrays.copyOfRange(input, Math.min(end + 1, input.length), input.length);
        break;
      }
      edit(headers, line);
      start = end + 1;
    }
    return new FuzzedRequest(headers, body);
  }

  /** This request as a POST to {@code uri}. */
  public HttpRequest post(URI uri) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach((name, value) -> header(request, name, value));
    return request.build();
  }

  /** What this request sends, for a failure message: its headers but the token, and its body. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("POST");
    headers.forEach(
        (name, value) ->
            text.append("\n")
                .append(name)
                .append(": ")
                .append(name.equalsIgnoreCase("Authorization") ? "(the token)" : value));
    text.append("\n\n");
    for (int i = 0; i < Math.min(body.length, 300); i++) {
      int b = body[i] & 0xff;
      text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : "\\x%02x".formatted(b));
    }
    return body.length > 300
        ? text.append("... (").append(body.length).append(" bytes)").toString()
        : text.toString();
  }

  private static void edit(Map<String, String> headers, String line) {
    if (line.startsWith("-")) {
      headers.remove(line.substring(1).strip());
      return;
    }
    int colon = line.indexOf(':');
    if (colon > 0) {
      headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
  }

  private static void header(HttpRequest.Builder request, String name, String value) {
    if (CLIENT_OWNED.contains(name.toLowerCase(Locale.ROOT))) {
      return;
    }
    try {
      request.header(name, value);
    } catch (IllegalArgumentException unsendable) {
      // Not a header an HTTP client sends: the request goes without it.
    }
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return bytes.length;
  }
}
