package dev.eventline.inventory.infrastructure;

import dev.eventline.kit.messaging.EventId;
import java.util.Optional;

/** An event the inventory published in answer to a command, with the id of that command. */
record Answer(Record message, Optional<EventId> causationId) {

  boolean answers(EventId command) {
    return causationId.filter(command::equals).isPresent();
  }
}
