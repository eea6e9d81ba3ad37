package dev.eventline.cli.invariants;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * I6: the dead letters found are exactly the bad messages injected, each once, compared by
 * CloudEvents id: anything else on a {@code .dlq} topic is a good message that landed there.
 */
final class OnlyInjectedDeadLetters {
  static final String ID = "I6";
  static final String TITLE = "dead letters = the bad messages injected";

  private OnlyInjectedDeadLetters() {}

  static InvariantResult check(SystemSnapshot snapshot) {
    Violations violations = new Violations();
    Map<String, String> seen = new HashMap<>();
    for (FoundDeadLetter letter : snapshot.deadLetters()) {
      if (letter.eventId().isEmpty()) {
        violations.add(letter.location() + " holds a record without an event id");
        continue;
      }
      String eventId = letter.eventId().get();
      String earlier = seen.putIfAbsent(eventId, letter.location());
      if (earlier != null) {
        violations.add(
            "event " + eventId + " dead-lettered twice: " + earlier + ", " + letter.location());
      } else if (!snapshot.injectedEventIds().contains(eventId)) {
        violations.add(letter.location() + " holds event " + eventId + ", which was not injected");
      }
    }
    Set<String> missing = new TreeSet<>(snapshot.injectedEventIds());
    missing.removeAll(seen.keySet());
    missing.forEach(
        eventId -> violations.add("injected event " + eventId + " is in no .dlq topic"));
    return violations.result(
        ID,
        TITLE,
        "%d found, %d injected"
            .formatted(snapshot.deadLetters().size(), snapshot.injectedEventIds().size()));
  }
}
