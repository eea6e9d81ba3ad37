package dev.eventline.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryTest {

  @Test
  void isExactlyOnceInKeyOrderWhenEveryRowArrivedOnceAndInOrder() {
    assertThat(new Delivery(10, 10, 10, 0).exactlyOnceInKeyOrder()).isTrue();
  }

  @Test
  void countsTheRecordsBeyondOnePerRowAsDuplicates() {
    Delivery delivery = new Delivery(10, 12, 10, 0);

    assertThat(delivery.duplicates()).isEqualTo(2);
    assertThat(delivery.missing()).isZero();
    assertThat(delivery.exactlyOnceInKeyOrder()).isFalse();
  }

  @Test
  void countsTheRowsThatNeverArrivedAsMissing() {
    Delivery delivery = new Delivery(10, 9, 9, 0);

    assertThat(delivery.missing()).isEqualTo(1);
    assertThat(delivery.exactlyOnceInKeyOrder()).isFalse();
  }

  @Test
  void isNotInKeyOrderWhenARowOvertookAnEarlierOneOfItsKey() {
    assertThat(new Delivery(10, 10, 10, 1).exactlyOnceInKeyOrder()).isFalse();
  }
}
