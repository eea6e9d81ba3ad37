package dev.eventline.bench.baseline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Kafka headers as the naive outbox stores them, so that its records carry the same bytes as the
 * kit's: a count, then each key and value with its length.
 */
final class HeaderBytes {
  private HeaderBytes() {}

  static byte[] write(Headers headers) {
    Header[] all = headers.toArray();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(all.length);
      for (Header header : all) {
        byte[] key = header.key().getBytes(StandardCharsets.UTF_8);
        byte[] value = header.value() == null ? new byte[0] : header.value();
        out.writeInt(key.length);
        out.write(key);
        out.writeInt(value.length);
        out.write(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Headers read(byte[] stored) {
    Headers headers = new RecordHeaders();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String key = new String(exactly(in, in.readInt()), StandardCharsets.UTF_8);
        headers.add(key, exactly(in, in.readInt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt naive outbox headers", e);
    }
    return headers;
  }

  /** Reads {@code length} bytes, or fails: a short read means a corrupt row, not a short value. */
  private static byte[] exactly(DataInputStream in, int length) throws IOException {
    if (length < 0 || length > in.available()) {
      throw new IOException("a length of " + length + " with " + in.available() + " bytes left");
    }
    return in.readNBytes(length);
  }
}
