package dev.eventline.kit.saga.engine;

import static dev.eventline.kit.saga.checkout.CheckoutMessages.CHARGE_PAYMENT;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.REFUND_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.checkout.Checkout;
import dev.eventline.kit.saga.checkout.CheckoutMessages.ChargePayment;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentCharged;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentRefunded;
import dev.eventline.kit.saga.checkout.CheckoutMessages.RefundPayment;
import dev.eventline.kit.saga.checkout.CheckoutSaga;
import dev.eventline.kit.saga.checkout.Testbed;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A local step writes in the transition's transaction, and a failed one leaves nothing behind. */
@RealInfrastructure
class LocalStepIntegrationTest {
  private final AtomicInteger attempts = new AtomicInteger();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final Saga<Checkout> invoiced =
      Saga.define("invoiced-checkout", 1, Checkout.class)
          .step("charge-payment")
          .send(c -> new ChargePayment(c.orderId(), c.amountCents()))
          .onReply(PaymentCharged.class, (c, charged) -> c)
          .compensate(c -> new RefundPayment(c.orderId(), c.amountCents()), PaymentRefunded.class)
          .timeout(CheckoutSaga.TIMEOUT)
          .step("record-invoice")
          .invokeLocal(this::recordInvoice)
          .retry(new RetryPolicy(3, Duration.ofSeconds(1)))
          .build();
  private final TestDatabase database;
  private final Testbed testbed;

  LocalStepIntegrationTest(TestDatabase database) throws SQLException {
    this.database = database;
    this.testbed = new Testbed(database, invoiced);
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS invoice (order_id text, attempt int)");
      statement.execute("TRUNCATE invoice");
    }
  }

  @Test
  void aFailedLocalStepLeavesNoWritesAndIsTriedAgain() throws SQLException {
    failuresLeft.set(1);
    UUID saga = testbed.start(invoiced, "order-1");
    testbed.reply(saga, new PaymentCharged("payment-1"));

    // The reply's transition committed; the failed step's insert did not.
    assertThat(invoices()).isEmpty();
    assertThat(testbed.saga(saga).state()).isEqualTo(SagaState.RUNNING);
    assertThat(testbed.saga(saga).step()).isEqualTo("record-invoice");

    testbed.clock().advance(Duration.ofSeconds(1));
    assertThat(testbed.deadlines().fireDue()).isEqualTo(1);

    assertThat(invoices()).containsExactly("order-1 attempt 2");
    assertThat(testbed.saga(saga).state()).isEqualTo(SagaState.COMPLETED);
    assertThat(testbed.causes(saga))
        .last()
        .isEqualTo("retried local step record-invoice (attempt 2)");
  }

  @Test
  void aLocalStepThatKeepsFailingCompensatesTheStepsBeforeIt() throws SQLException {
    failuresLeft.set(3);
    UUID saga = testbed.start(invoiced, "order-2");
    testbed.reply(saga, new PaymentCharged("payment-2"));
    testbed.clock().advance(Duration.ofSeconds(1));
    testbed.deadlines().fireDue();
    testbed.clock().advance(Duration.ofSeconds(2));
    testbed.deadlines().fireDue();

    assertThat(attempts).hasValue(3);
    assertThat(invoices()).isEmpty();
    assertThat(testbed.saga(saga).state()).isEqualTo(SagaState.COMPENSATING);
    assertThat(testbed.commandTypes(saga)).containsExactly(CHARGE_PAYMENT, REFUND_PAYMENT);
  }

  private Checkout recordInvoice(Checkout checkout) throws SQLException {
    int attempt = attempts.incrementAndGet();
    try (PreparedStatement insert =
        LocalTransaction.connection().prepareStatement("INSERT INTO invoice VALUES (?, ?)")) {
      insert.setString(1, checkout.orderId());
      insert.setInt(2, attempt);
      insert.executeUpdate();
    }
    if (failuresLeft.getAndDecrement() > 0) {
      throw new IllegalStateException("the invoice printer jammed after writing");
    }
    return checkout;
  }

  private List<String> invoices() throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT order_id, attempt FROM invoice")) {
      List<String> invoices = new ArrayList<>();
      while (rows.next()) {
        invoices.add(rows.getString(1) + " attempt " + rows.getInt(2));
      }
      return invoices;
    }
  }
}
