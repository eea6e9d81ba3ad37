package dev.eventline.kit.saga.engine;

import static dev.eventline.kit.saga.checkout.CheckoutMessages.CHARGE_PAYMENT;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.REFUND_PAYMENT;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.RELEASE_STOCK;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.RESERVE_STOCK;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.SHIP_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.inbox.Delivery;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.SagaTransition;
import dev.eventline.kit.saga.checkout.Checkout;
import dev.eventline.kit.saga.checkout.CheckoutMessages.OrderShipped;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentCharged;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentRefunded;
import dev.eventline.kit.saga.checkout.CheckoutMessages.ShippingRefused;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockReleased;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockReserved;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockUnavailable;
import dev.eventline.kit.saga.checkout.CheckoutSaga;
import dev.eventline.kit.saga.checkout.SentCommand;
import dev.eventline.kit.saga.checkout.Testbed;
import dev.eventline.kit.saga.store.StoredSaga;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The checkout saga end to end on PostgreSQL, participants played by the test. */
@RealInfrastructure
class SagaEngineIntegrationTest {
  private final Testbed testbed;

  SagaEngineIntegrationTest(TestDatabase database) throws SQLException {
    this.testbed = new Testbed(database, CheckoutSaga.V1);
  }

  @Test
  void completesEveryStepWhenEveryParticipantAgrees() throws SQLException {
    UUID saga = testbed.start("order-1");
    testbed.reply(saga, new PaymentCharged("payment-1"));
    testbed.reply(saga, new StockReserved());
    testbed.reply(saga, new OrderShipped("track-1"));

    assertThat(testbed.commandTypes(saga))
        .containsExactly(CHARGE_PAYMENT, RESERVE_STOCK, SHIP_ORDER);
    StoredSaga done = testbed.saga(saga);
    assertThat(done.state()).isEqualTo(SagaState.COMPLETED);
    assertThat(done.deadline()).isEmpty();
    assertThat(done.lockVersion()).isEqualTo(3);
    assertThat(testbed.history(saga))
        .extracting(SagaTransition::toState, SagaTransition::toStep)
        .containsExactly(
            tuple(SagaState.RUNNING, "charge-payment"),
            tuple(SagaState.RUNNING, "reserve-stock"),
            tuple(SagaState.RUNNING, "ship-order"),
            tuple(SagaState.COMPLETED, "ship-order"));
  }

  @Test
  void keepsTheSagasDataAsJson() throws SQLException {
    UUID saga = testbed.start("order-2");
    testbed.reply(saga, new PaymentCharged("payment-2"));

    StoredSaga stored = testbed.saga(saga);
    assertThat(stored.data().get("paymentId").asString()).isEqualTo("payment-2");
    assertThat(stored.data().get("amountCents").asLong()).isEqualTo(2599);
  }

  @Test
  void sendsCommandsAboutTheSagaInItsFlowCausedByTheReply() throws SQLException {
    UUID saga = testbed.start("order-3");
    EventAttributes charged = testbed.replyTo(saga, new PaymentCharged("payment-3"));
    testbed.deliver(charged, new PaymentCharged("payment-3"));

    List<SentCommand> sent = testbed.commands(saga);
    assertThat(sent).extracting(SentCommand::subject).containsOnly(saga.toString());
    assertThat(sent).extracting(SentCommand::correlationId).containsOnly(Testbed.correlation(saga));
    assertThat(sent.get(0).causationId()).isEmpty();
    assertThat(sent.get(1).causationId()).contains(charged.id().toString());
    assertThat(sent.get(1).topic()).isEqualTo("checkout.inventory.commands");
    assertThat(sent.get(1).payload().get("sku").asString()).isEqualTo("sku-1");
    assertThat(testbed.history(saga).get(1).causeEventId()).contains(charged.id());
  }

  @Test
  void refundsThePaymentWhenStockRunsOut() throws SQLException {
    UUID saga = testbed.start("order-4");
    testbed.reply(saga, new PaymentCharged("payment-4"));
    testbed.reply(saga, new StockUnavailable());

    assertThat(testbed.saga(saga).state()).isEqualTo(SagaState.COMPENSATING);
    assertThat(testbed.commandTypes(saga))
        .containsExactly(CHARGE_PAYMENT, RESERVE_STOCK, REFUND_PAYMENT);

    testbed.reply(saga, new PaymentRefunded());

    assertThat(testbed.saga(saga).state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(testbed.commands(saga).get(2).payload().get("amountCents").asLong()).isEqualTo(2599);
  }

  @Test
  void releasesStockThenRefundsWhenShippingIsRefused() throws SQLException {
    UUID saga = testbed.start("order-5");
    testbed.reply(saga, new PaymentCharged("payment-5"));
    testbed.reply(saga, new StockReserved());
    testbed.reply(saga, new ShippingRefused("no courier"));
    testbed.reply(saga, new StockReleased());
    testbed.reply(saga, new PaymentRefunded());

    assertThat(testbed.commandTypes(saga))
        .containsExactly(CHARGE_PAYMENT, RESERVE_STOCK, SHIP_ORDER, RELEASE_STOCK, REFUND_PAYMENT);
    assertThat(testbed.saga(saga).state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(testbed.history(saga))
        .extracting(SagaTransition::toState, SagaTransition::toStep)
        .endsWith(
            tuple(SagaState.COMPENSATING, "reserve-stock"),
            tuple(SagaState.COMPENSATING, "charge-payment"),
            tuple(SagaState.COMPENSATED, "charge-payment"));
  }

  @Test
  void recordsADuplicateReplyInTheHistoryAndIgnoresIt() throws SQLException {
    UUID saga = testbed.start("order-6");
    testbed.reply(saga, new PaymentCharged("payment-6"));
    // The participant answered twice: a second event, which no inbox can recognise.
    Optional<?> duplicate = testbed.reply(saga, new PaymentCharged("payment-6"));

    assertThat(duplicate).isPresent();
    assertThat(testbed.commandTypes(saga)).containsExactly(CHARGE_PAYMENT, RESERVE_STOCK);
    assertThat(testbed.saga(saga).lockVersion()).isEqualTo(1);
    assertThat(testbed.causes(saga))
        .last()
        .isEqualTo("ignored reply PaymentCharged: not awaited by RUNNING reserve-stock");
    assertThat(testbed.history(saga).getLast().moved()).isFalse();
  }

  @Test
  void anEventDeliveredTwiceThroughTheInboxReachesTheSagaOnce() throws SQLException {
    UUID saga = testbed.start("order-7");
    EventAttributes charged = testbed.replyTo(saga, new PaymentCharged("payment-7"));

    assertThat(testbed.deliverOnce(charged, new PaymentCharged("payment-7")))
        .isEqualTo(Delivery.FIRST);
    assertThat(testbed.deliverOnce(charged, new PaymentCharged("payment-7")))
        .isEqualTo(Delivery.DUPLICATE);

    assertThat(testbed.history(saga)).hasSize(2);
    assertThat(testbed.commandTypes(saga)).containsExactly(CHARGE_PAYMENT, RESERVE_STOCK);
  }

  @Test
  void ignoresAReplyForASagaItDoesNotHold() throws SQLException {
    UUID unknown = UUID.randomUUID();

    assertThat(testbed.reply(unknown, new PaymentCharged("payment-8"))).isEmpty();
    assertThat(testbed.history(unknown)).isEmpty();
  }

  @Test
  void refusesToStartTwoSagasUnderOneId() throws SQLException {
    UUID saga = testbed.start("order-9");

    assertThatThrownBy(
            () ->
                testbed.inTransaction(
                    transaction ->
                        testbed
                            .engine()
                            .start(
                                transaction,
                                CheckoutSaga.V1,
                                saga,
                                Checkout.of("order-9"),
                                "another-request")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(saga + " exists already");
    assertThat(testbed.commandTypes(saga)).containsExactly(CHARGE_PAYMENT);
  }
}
