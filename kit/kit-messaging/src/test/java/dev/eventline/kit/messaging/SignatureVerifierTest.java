package dev.eventline.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.Verification.Reason;
import dev.eventline.kit.messaging.Verification.Rejected;
import dev.eventline.kit.messaging.Verification.Verified;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {
  private final KeyPair orders = Ed25519Keys.generate();
  private final KeyPair ordersNext = Ed25519Keys.generate();
  private final KeyPair payments = Ed25519Keys.generate();
  private final EventSigner ordersSigner = new EventSigner("orders-1", orders.getPrivate());
  private final SignatureVerifier verifier =
      new SignatureVerifier(
          Map.of(
              Events.ORDERS, Map.of("orders-1", orders.getPublic()),
              Events.PAYMENTS, Map.of("payments-1", payments.getPublic())));

  @Test
  void acceptsAnEventSignedByAKeyOfItsSource() {
    SignedEvent event = ordersSigner.sign(Events.orderCreated("o-1"), Events.payload("o-1"));

    assertThat(verifier.verify(event)).isEqualTo(new Verified("orders-1"));
  }

  @Test
  void rejectsAnAlteredPayload() {
    SignedEvent event = ordersSigner.sign(Events.orderCreated("o-1"), Events.payload("o-1"));
    SignedEvent altered =
        new SignedEvent(event.attributes(), Events.payload("o-2"), event.signature());

    assertThat(reason(verifier.verify(altered))).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void rejectsAlteredIdentityAttributesAndAnotherFlowOrCause() {
    SignedEvent event = ordersSigner.sign(Events.orderCreated("o-1"), Events.payload("o-1"));
    EventAttributes a = event.attributes();
    EventAttributes otherSubject =
        new EventAttributes(
            a.id(),
            a.source(),
            a.type(),
            a.version(),
            a.time(),
            "o-2",
            a.correlationId(),
            a.causationId(),
            a.traceparent());
    EventAttributes otherTime =
        new EventAttributes(
            a.id(),
            a.source(),
            a.type(),
            a.version(),
            Instant.EPOCH,
            a.subject(),
            a.correlationId(),
            a.causationId(),
            a.traceparent());
    EventAttributes otherVersion =
        new EventAttributes(
            a.id(),
            a.source(),
            a.type(),
            2,
            a.time(),
            a.subject(),
            a.correlationId(),
            a.causationId(),
            a.traceparent());

    EventAttributes otherFlow =
        new EventAttributes(
            a.id(),
            a.source(),
            a.type(),
            a.version(),
            a.time(),
            a.subject(),
            "another-flow",
            a.causationId(),
            a.traceparent());
    EventAttributes otherCause =
        new EventAttributes(
            a.id(),
            a.source(),
            a.type(),
            a.version(),
            a.time(),
            a.subject(),
            a.correlationId(),
            Optional.of(EventIdGenerator.systemDefault().next()),
            a.traceparent());

    for (EventAttributes altered :
        new EventAttributes[] {otherSubject, otherTime, otherVersion, otherFlow, otherCause}) {
      SignedEvent forged = new SignedEvent(altered, event.payload(), event.signature());
      assertThat(reason(verifier.verify(forged)))
          .as(altered.toString())
          .isEqualTo(Reason.BAD_SIGNATURE);
    }
  }

  @Test
  void rejectsAnUnsignedEvent() {
    SignedEvent unsigned =
        new SignedEvent(Events.orderCreated("o-1"), Events.payload("o-1"), Optional.empty());

    assertThat(reason(verifier.verify(unsigned))).isEqualTo(Reason.UNSIGNED);
  }

  @Test
  void rejectsAnEventClaimingOrdersAsSourceButSignedWithThePaymentsKey() {
    EventSigner paymentsSigner = new EventSigner("payments-1", payments.getPrivate());
    SignedEvent forged = paymentsSigner.sign(Events.orderCreated("o-1"), Events.payload("o-1"));

    Verification verification = verifier.verify(forged);

    assertThat(reason(verification)).isEqualTo(Reason.UNKNOWN_KEY);
    assertThat(((Rejected) verification).detail()).contains("payments-1", "/services/orders");
  }

  @Test
  void rejectsAForgeryThatReusesTheOrdersKeyIdWithAnotherKey() {
    EventSigner impostor = new EventSigner("orders-1", payments.getPrivate());
    SignedEvent forged = impostor.sign(Events.orderCreated("o-1"), Events.payload("o-1"));

    assertThat(reason(verifier.verify(forged))).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void acceptsTheOldAndTheNewKeyWhileAKeyRotates() {
    SignatureVerifier rotating =
        new SignatureVerifier(
            Map.of(
                Events.ORDERS,
                Map.of("orders-1", orders.getPublic(), "orders-2", ordersNext.getPublic())));
    EventSigner next = new EventSigner("orders-2", ordersNext.getPrivate());

    assertThat(
            rotating.verify(ordersSigner.sign(Events.orderCreated("o-1"), Events.payload("o-1"))))
        .isInstanceOf(Verified.class);
    assertThat(rotating.verify(next.sign(Events.orderCreated("o-2"), Events.payload("o-2"))))
        .isInstanceOf(Verified.class);
  }

  @Test
  void keysSurviveTheirTextForm() {
    EventSigner fromText =
        new EventSigner(
            "orders-1", Ed25519Keys.privateKey(Ed25519Keys.encode(orders.getPrivate())));
    SignatureVerifier fromTextVerifier =
        new SignatureVerifier(
            Map.of(
                Events.ORDERS,
                Map.of("orders-1", Ed25519Keys.publicKey(Ed25519Keys.encode(orders.getPublic())))));

    SignedEvent event = fromText.sign(Events.orderCreated("o-1"), Events.payload("o-1"));

    assertThat(fromTextVerifier.verify(event)).isInstanceOf(Verified.class);
  }

  private static Reason reason(Verification verification) {
    assertThat(verification).isInstanceOf(Rejected.class);
    return ((Rejected) verification).reason();
  }
}
