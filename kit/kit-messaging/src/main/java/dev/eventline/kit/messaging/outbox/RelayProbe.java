package dev.eventline.kit.messaging.outbox;

import java.util.List;

/** A point inside the relay where tests inject a crash; production relays use {@link #NONE}. */
interface RelayProbe {
  RelayProbe NONE = ids -> {};

  /** Called after the broker acknowledged a batch and before its rows are deleted. */
  void afterSendBeforeDelete(List<Long> ids);
}
