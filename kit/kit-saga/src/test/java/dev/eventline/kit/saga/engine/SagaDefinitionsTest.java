package dev.eventline.kit.saga.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.checkout.Checkout;
import dev.eventline.kit.saga.checkout.CheckoutMessages;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentCharged;
import dev.eventline.kit.saga.checkout.CheckoutSaga;
import org.junit.jupiter.api.Test;

class SagaDefinitionsTest {
  private record Refund(String orderId) {}

  private static final Saga<Refund> REFUND =
      Saga.define("checkout", 3, Refund.class)
          .step("refund")
          .send(r -> new CheckoutMessages.ShipOrder(r.orderId()))
          .onReply(PaymentCharged.class)
          .build();

  @Test
  void newInstancesFollowTheNewestVersionWhateverTheOrderOfRegistration() {
    SagaDefinitions definitions = SagaDefinitions.of(CheckoutSaga.V2, CheckoutSaga.V1);

    assertThat(definitions.newestOf(CheckoutSaga.V1)).isSameAs(CheckoutSaga.V2);
    assertThat(definitions.find("checkout", 1)).containsSame(CheckoutSaga.V1);
    assertThat(definitions.find("checkout", 3)).isEmpty();
    assertThat(definitions).hasToString("checkout v1, checkout v2");
  }

  @Test
  void refusesTheSameVersionTwice() {
    assertThatThrownBy(() -> SagaDefinitions.of(CheckoutSaga.V1, CheckoutSaga.V1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("checkout v1 is registered twice");
  }

  @Test
  void namesWhatIsRegisteredWhenASagaIsNot() {
    assertThatThrownBy(() -> SagaDefinitions.of(CheckoutSaga.V1).newest("refund"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("saga refund is not registered; registered: checkout v1");
  }

  @Test
  void refusesToStartANewVersionThatKeepsItsDataInAnotherRecord() {
    SagaDefinitions definitions = SagaDefinitions.of(CheckoutSaga.V1, REFUND);

    assertThatThrownBy(() -> definitions.newestOf(CheckoutSaga.V1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("checkout v3 keeps its data in")
        .hasMessageEndingWith("not " + Checkout.class.getName());
  }

  @Test
  void collectsTheReplyTypesOfEveryVersion() {
    assertThat(SagaDefinitions.of(CheckoutSaga.V1, CheckoutSaga.V2).replyTypes())
        .hasSize(8)
        .contains(PaymentCharged.class, CheckoutMessages.ShippingRefused.class);
  }
}
