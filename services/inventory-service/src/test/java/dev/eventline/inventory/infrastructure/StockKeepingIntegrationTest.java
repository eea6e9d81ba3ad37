package dev.eventline.inventory.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.InventoryReservationFailed;
import dev.eventline.inventory.api.InventoryReserved;
import dev.eventline.inventory.api.ReservationResult;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockLine;
import dev.eventline.inventory.api.StockReleased;
import dev.eventline.inventory.application.StockKeeping;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.deadletter.FailureReason;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inventory service on the real Kafka and PostgreSQL, commanded by a stand-in of the order
 * saga: every reservation and release is applied at most once per order, answered every time, and
 * stock is never oversold. After each test the books must balance (see {@link StockBooks}).
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockKeepingIntegrationTest {
  private final StandInOrderService orders;
  private final ConfigurableApplicationContext inventory;
  private final StockBooks books;
  private final TestKafka kafka;

  StockKeepingIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.kafka = kafka;
    this.orders = new StandInOrderService(kafka);
    this.inventory =
        new SpringApplicationBuilder(InventoryServiceApplication.class)
            .properties(InventorySettings.of(database, kafka, orders))
            .run();
    this.books = new StockBooks(inventory);
  }

  @AfterEach
  void theBooksBalance() {
    books.assertBalanced();
  }

  @AfterAll
  void stop() {
    inventory.close();
    orders.close();
  }

  @Test
  void reservingEveryLineAnswersInventoryReservedAndLowersWhatIsAvailable() {
    String beans = books.product(10);
    String cup = books.product(3);
    UUID order = UUID.randomUUID();

    SignedEvent reserve = orders.reserve(order, new StockLine(beans, 2), new StockLine(cup, 3));

    assertThat(orders.answerTo(order, reserve)).isEqualTo(new InventoryReserved(order));
    assertThat(books.available(beans)).isEqualTo(8);
    assertThat(books.available(cup)).isZero();
    assertThat(books.status(order)).isEqualTo("RESERVED");
  }

  @Test
  void anOrderThatCannotBeMetReservesNothingAndNamesTheShortLine() {
    String beans = books.product(10);
    String cup = books.product(1);
    UUID order = UUID.randomUUID();

    SignedEvent reserve = orders.reserve(order, new StockLine(beans, 2), new StockLine(cup, 3));

    assertThat(orders.answerTo(order, reserve))
        .isEqualTo(new InventoryReservationFailed(order, cup, 3, 1));
    assertThat(books.available(beans)).isEqualTo(10);
    assertThat(books.available(cup)).isEqualTo(1);
    assertThat(books.status(order)).isEqualTo("FAILED");
  }

  @Test
  void aReservationDeliveredTwiceOrResentIsAppliedOnceAndEachCommandAnswered() {
    String cup = books.product(5);
    UUID order = UUID.randomUUID();

    SignedEvent reserve = orders.reserve(order, new StockLine(cup, 2));
    orders.send(reserve); // delivered twice: same event id, skipped by the inbox
    SignedEvent resent = orders.resend(reserve); // a retried step: a new id, the same order

    assertThat(orders.answersAfter(order, resent))
        .extracting(Answer::message)
        .containsExactly(new InventoryReserved(order), new InventoryReserved(order));
    assertThat(books.available(cup)).isEqualTo(3);
  }

  @Test
  void aFailedReservationResentGetsTheSameAnswerEvenWhenStockArrivedMeanwhile() {
    String cup = books.product(1);
    UUID order = UUID.randomUUID();
    SignedEvent reserve = orders.reserve(order, new StockLine(cup, 2));
    assertThat(orders.answerTo(order, reserve))
        .isEqualTo(new InventoryReservationFailed(order, cup, 2, 1));

    books.restock(cup, 10);
    SignedEvent resent = orders.resend(reserve);

    assertThat(orders.answerTo(order, resent))
        .isEqualTo(new InventoryReservationFailed(order, cup, 2, 1));
    assertThat(books.available(cup)).isEqualTo(10);
  }

  @Test
  void aReleaseGivesTheStockBackOnceHoweverOftenItArrives() {
    String cup = books.product(5);
    UUID order = UUID.randomUUID();
    SignedEvent reserve = orders.reserve(order, new StockLine(cup, 2));
    assertThat(orders.answerTo(order, reserve)).isEqualTo(new InventoryReserved(order));

    SignedEvent release = orders.release(order);
    orders.send(release);
    SignedEvent resent = orders.resend(release);

    assertThat(orders.answersAfter(order, resent))
        .extracting(Answer::message)
        .containsExactlyInAnyOrder( // across topics, in no particular order
            new InventoryReserved(order), new StockReleased(order), new StockReleased(order));
    assertThat(books.available(cup)).isEqualTo(5);
    assertThat(books.status(order)).isEqualTo("RELEASED");
  }

  @Test
  void aReleaseBeforeAnyReservationIsConfirmedAndTheLateReservationIsRefused() {
    String cup = books.product(5);
    UUID order = UUID.randomUUID();

    SignedEvent release = orders.release(order);
    assertThat(orders.answerTo(order, release)).isEqualTo(new StockReleased(order));
    SignedEvent late = orders.reserve(order, new StockLine(cup, 2));

    assertThat(orders.answerTo(order, late))
        .isEqualTo(new InventoryReservationFailed(order, cup, 2, 0));
    assertThat(books.available(cup)).isEqualTo(5);
    assertThat(books.status(order)).isEqualTo("RELEASED_BEFORE_RESERVED");
  }

  @Test
  void fiftyConcurrentOrdersForTheLastTenUnitsReserveExactlyTen() throws Exception {
    String last = books.product(10);

    List<ReservationResult> answers = race(ordersOf(50, i -> List.of(new StockLine(last, 1))));

    assertThat(answers).filteredOn(InventoryReserved.class::isInstance).hasSize(10);
    assertThat(answers)
        .filteredOn(InventoryReservationFailed.class::isInstance)
        .hasSize(40)
        .allSatisfy(
            failed -> assertThat(((InventoryReservationFailed) failed).available()).isZero());
    assertThat(books.available(last)).isZero();
  }

  @Test
  void ordersNamingTheSameSkusInOppositeOrdersNeitherDeadlockNorOversell() throws Exception {
    String beans = books.product(10);
    String cup = books.product(10);
    List<StockLine> beansFirst = List.of(new StockLine(beans, 1), new StockLine(cup, 1));
    List<StockLine> cupFirst = List.of(new StockLine(cup, 1), new StockLine(beans, 1));

    List<ReservationResult> answers = race(ordersOf(50, i -> i % 2 == 0 ? beansFirst : cupFirst));

    assertThat(answers).filteredOn(InventoryReserved.class::isInstance).hasSize(10);
    assertThat(books.available(beans)).isZero();
    assertThat(books.available(cup)).isZero();
  }

  @Test
  void aCommandAboutAnotherOrderThanItsSubjectIsDeadLetteredWithoutEffect() {
    String cup = books.product(5);
    UUID order = UUID.randomUUID();
    String subject = UUID.randomUUID().toString();

    orders.send(
        orders.sign(
            InventoryMessages.RESERVE_STOCK,
            subject,
            new ReserveStock(order, List.of(new StockLine(cup, 1)))));

    String deadLetters = DeadLetters.topicFor(InventoryMessages.RESERVE_STOCK.topic());
    ConsumerRecord<byte[], byte[]> letter =
        kafka
            .readUntil(deadLetters, records -> records.stream().anyMatch(r -> keyed(r, subject)))
            .stream()
            .filter(r -> keyed(r, subject))
            .findFirst()
            .orElseThrow();
    assertThat(DeadLetters.read(letter).reason()).isEqualTo(FailureReason.BUSINESS_REJECTION);
    assertThat(books.available(cup)).isEqualTo(5);
    assertThat(books.status(order)).isNull();
  }

  private static List<ReserveStock> ordersOf(int count, IntFunction<List<StockLine>> lines) {
    return IntStream.range(0, count)
        .mapToObj(i -> new ReserveStock(UUID.randomUUID(), lines.apply(i)))
        .toList();
  }

  /**
   * Reserves for every order at once, straight through the use case, one thread each: one consumer
   * takes Kafka's commands one at a time, but several instances of the service take them at once,
   * and this is what they race for.
   */
  private List<ReservationResult> race(List<ReserveStock> commands) throws Exception {
    StockKeeping stockKeeping = inventory.getBean(StockKeeping.class);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ReservationResult>> answers = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(commands.size())) {
      for (ReserveStock reserve : commands) {
        answers.add(
            threads.submit(
                () -> {
                  go.await();
                  return stockKeeping.reserve(reserve, EventOrigin.request("race"));
                }));
      }
      go.countDown();
      List<ReservationResult> results = new ArrayList<>();
      for (Future<ReservationResult> answer : answers) {
        results.add(answer.get());
      }
      return results;
    }
  }

  private static boolean keyed(ConsumerRecord<byte[], byte[]> record, String key) {
    return record.key() != null && new String(record.key(), UTF_8).equals(key);
  }
}
