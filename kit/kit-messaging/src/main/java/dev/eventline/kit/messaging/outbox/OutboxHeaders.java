package dev.eventline.kit.messaging.outbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Kafka headers as the bytes of an outbox row: a count, then each key and value with its length.
 * Public for tools that read or fill an outbox the way the kit does (the benchmark's baseline).
 */
public final class OutboxHeaders {
  private OutboxHeaders() {}

  public static byte[] write(Headers headers) {
    Header[] all = headers.toArray();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(all.length);
      for (Header header : all) {
        byte[] key = header.key().getBytes(StandardCharsets.UTF_8);
        out.writeInt(key.length);
        out.write(key);
        byte[] value = header.value() == null ? new byte[0] : header.value();
        out.writeInt(value.length);
        out.write(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads {@code length} bytes, or fails: a short read means a corrupt row, not a short value. */
  private static byte[] exactly(DataInputStream in, int length) throws IOException {
    if (length < 0 || length > in.available()) {
      throw new IOException("a length of " + length + " with " + in.available() + " bytes left");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }

  public static Headers read(byte[] stored) {
    Headers headers = new org.apache.kafka.common.header.internals.RecordHeaders();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String key = new String(exactly(in, in.readInt()), StandardCharsets.UTF_8);
        headers.add(key, exactly(in, in.readInt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt outbox headers", e);
    }
    return headers;
  }
}
