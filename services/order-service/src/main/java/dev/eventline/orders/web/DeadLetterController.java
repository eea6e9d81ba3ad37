package dev.eventline.orders.web;

import dev.eventline.kit.messaging.deadletter.DeadLetterId;
import dev.eventline.kit.messaging.deadletter.DeadLetterTopics;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.deadletter.ListedDeadLetter;
import dev.eventline.kit.web.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/dead-letters}: an administrator lists dead letters, of one topic or of every
 * topic this service reads, and replays one to the topic it came from (the inbox makes a replay of
 * an event that was applied after all harmless). kit-web lets only the admin role through.
 */
@RestController
class DeadLetterController {
  static final int MAX_LIMIT = 1_000;

  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Comparator<ListedDeadLetter> OLDEST_FIRST =
      Comparator.comparing((ListedDeadLetter listed) -> listed.letter().failedAt())
          .thenComparing(listed -> listed.id().toString());

  private final DeadLetterTopics deadLetters;
  private final Set<String> consumedTopics;

  DeadLetterController(DeadLetterTopics deadLetters, Set<String> consumedTopics) {
    this.deadLetters = deadLetters;
    this.consumedTopics = Set.copyOf(consumedTopics);
  }

  /**
   * The oldest {@code limit} dead letters of {@code topic} (the origin topic or its {@code .dlq});
   * without one, of every topic the service reads, merged oldest failure first.
   */
  @GetMapping("/api/admin/dead-letters")
  DeadLetterListView list(
      @RequestParam(required = false) String topic, @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST,
          "Invalid limit",
          "limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }
    List<ListedDeadLetter> listed = topic == null ? ofEveryTopic(limit) : ofTopic(topic, limit);
    return new DeadLetterListView(listed.stream().map(DeadLetterView::of).toList());
  }

  @PostMapping("/api/admin/dead-letters/{id}/replay")
  ReplayView replay(@PathVariable String id) {
    DeadLetterId deadLetter;
    try {
      deadLetter = DeadLetterId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid dead-letter id", e.getMessage());
    }
    try {
      return ReplayView.of(deadLetters.replay(deadLetter));
    } catch (NoSuchElementException | IllegalArgumentException e) {
      // No record there, or one that is not a dead letter: either way nothing to replay.
      throw new ProblemException(HttpStatus.NOT_FOUND, "Dead letter not found", e.getMessage());
    }
  }

  private List<ListedDeadLetter> ofTopic(String topic, int limit) {
    if (!TOPIC.matcher(topic).matches()) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "Invalid topic", "not a Kafka topic name: " + topic);
    }
    try {
      return deadLetters.list(topic, limit);
    } catch (NoSuchElementException e) {
      throw new ProblemException(
          HttpStatus.NOT_FOUND, "Dead-letter topic not found", e.getMessage());
    }
  }

  private List<ListedDeadLetter> ofEveryTopic(int limit) {
    List<ListedDeadLetter> all = new ArrayList<>();
    for (String topic : consumedTopics) {
      try {
        all.addAll(deadLetters.list(DeadLetters.topicFor(topic), limit));
      } catch (NoSuchElementException notCreated) {
        // Topics are not created when eventline.topics.create=false: no topic, no dead letters.
      }
    }
    return all.stream().sorted(OLDEST_FIRST).limit(limit).toList();
  }
}
