package dev.eventline.kit.saga.engine;

import static dev.eventline.kit.saga.checkout.CheckoutMessages.CHARGE_PAYMENT;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.RESERVE_STOCK;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.SHIP_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.checkout.CheckoutMessages.OrderShipped;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentCharged;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockReserved;
import dev.eventline.kit.saga.checkout.CheckoutSaga;
import dev.eventline.kit.saga.checkout.Testbed;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Instances keep the definition version they started with; a missing one stops the engine. */
@RealInfrastructure
class SagaVersionsIntegrationTest {
  private final Testbed testbed;

  SagaVersionsIntegrationTest(TestDatabase database) throws SQLException {
    this.testbed = new Testbed(database, CheckoutSaga.V1);
  }

  @Test
  void anInstanceKeepsItsVersionWhenANewOneIsDeployed() throws SQLException {
    UUID old = testbed.start("order-1");

    testbed.restart(CheckoutSaga.V1, CheckoutSaga.V2);
    UUID fresh = testbed.start("order-2");
    testbed.reply(old, new PaymentCharged("payment-1"));
    testbed.reply(fresh, new PaymentCharged("payment-2"));

    assertThat(testbed.saga(old).definitionVersion()).isEqualTo(1);
    assertThat(testbed.saga(fresh).definitionVersion()).isEqualTo(2);
    assertThat(testbed.commandTypes(old)).containsExactly(CHARGE_PAYMENT, RESERVE_STOCK);
    assertThat(testbed.commandTypes(fresh)).containsExactly(CHARGE_PAYMENT, SHIP_ORDER);

    testbed.reply(old, new StockReserved());
    testbed.reply(old, new OrderShipped("track-1"));
    assertThat(testbed.saga(old).state()).isEqualTo(SagaState.COMPLETED);
  }

  @Test
  void refusesToStartWhileUnfinishedInstancesHaveNoDefinition() throws SQLException {
    testbed.start("order-3");
    testbed.start("order-4");

    SagaEngine withoutV1 = testbed.restart(CheckoutSaga.V2);

    assertThatThrownBy(() -> verify(withoutV1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the saga engine cannot start: 2 unfinished instance(s) of saga checkout v1 have no"
                + " definition (registered: checkout v2): register it until they drain");
  }

  @Test
  void startsOnceTheOldVersionsInstancesHaveDrained() throws SQLException {
    UUID saga = testbed.start("order-5");
    testbed.reply(saga, new PaymentCharged("payment-5"));
    testbed.reply(saga, new StockReserved());
    testbed.reply(saga, new OrderShipped("track-5"));

    SagaEngine withoutV1 = testbed.restart(CheckoutSaga.V2);

    assertThatCode(() -> verify(withoutV1)).doesNotThrowAnyException();
  }

  private Void verify(SagaEngine engine) throws SQLException {
    return testbed.inTransaction(
        connection -> {
          engine.verifyStoredVersions(connection);
          return null;
        });
  }
}
