package dev.eventline.kit.messaging.deadletter;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one dead letter is stored: its dead-letter topic, partition and offset. Its text form,
 * {@code orders.created.dlq:2:17}, is stable and safe in a URL path and a shell argument: Kafka
 * topic names hold only letters, digits, dots, dashes and underscores, never a colon.
 *
 * @param topic the dead-letter topic, e.g. {@code orders.created.dlq}
 * @param partition its partition
 * @param offset the record's offset in that partition
 */
public record DeadLetterId(String topic, int partition, long offset) {
  /** The expected text form, as error messages name it. */
  public static final String FORM =
      "<topic>.dlq:<partition>:<offset>, e.g. orders.created.dlq:2:17";

  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Pattern TEXT = Pattern.compile("([^:]+):([0-9]{1,10}):([0-9]{1,19})");

  public DeadLetterId {
    Objects.requireNonNull(topic, "topic");
    if (!TOPIC.matcher(topic).matches() || !topic.endsWith(DeadLetters.SUFFIX)) {
      throw new IllegalArgumentException("not a dead-letter topic: \"" + topic + "\"");
    }
    if (partition < 0 || offset < 0) {
      throw new IllegalArgumentException(
          "negative partition or offset: " + partition + ", " + offset);
    }
  }

  /**
   * Reads the text form of {@link #toString()}.
   *
   * @throws IllegalArgumentException naming the expected form when {@code text} is not one
   */
  public static DeadLetterId parse(String text) {
    Matcher parts = TEXT.matcher(Objects.requireNonNull(text, "text"));
    try {
      if (parts.matches()) {
        return new DeadLetterId(
            parts.group(1), Integer.parseInt(parts.group(2)), Long.parseLong(parts.group(3)));
      }
    } catch (IllegalArgumentException e) { // NumberFormatException included: too large a number
      throw malformed(text, e);
    }
    throw malformed(text, null);
  }

  private static IllegalArgumentException malformed(String text, Exception cause) {
    return new IllegalArgumentException(
        "not a dead-letter id: \"" + text + "\"; expected " + FORM, cause);
  }

  /** The text form, {@code orders.created.dlq:2:17}, that {@link #parse} reads back. */
  @Override
  public String toString() {
    return topic + ":" + partition + ":" + offset;
  }
}
