package dev.eventline.bench.jmh;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.SignatureVerifier;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.Verification;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ed25519 (the JDK's) over an event as the kit signs it: the length-prefixed identity attributes
 * and the raw payload, here the ~500-byte JSON of {@link OrderPlaced#sample()}. Each operation
 * includes what the kit does around the cryptography: building the signed bytes, a fresh {@code
 * Signature} instance, and for verification the lookup of the source's key.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {
  private EventSigner signer;
  private SignatureVerifier verifier;
  private EventAttributes attributes;
  private byte[] payload;
  private SignedEvent signed;

  @Setup
  public void setUp() {
    KeyPair keys = Ed25519Keys.generate();
    signer = new EventSigner(Envelopes.KEY_ID, keys.getPrivate());
    verifier =
        new SignatureVerifier(Map.of(Envelopes.SOURCE, Map.of(Envelopes.KEY_ID, keys.getPublic())));
    OrderPlaced order = OrderPlaced.sample();
    attributes = Envelopes.attributesOf(order);
    payload = EventPayloads.forTypes(Envelopes.TYPES).write(OrderPlaced.TYPE, order);
    signed = signer.sign(attributes, payload);
  }

  /** {@link EventSigner#sign}, as {@code EventPublisher} calls it for every event. */
  @Benchmark
  public SignedEvent sign() {
    return signer.sign(attributes, payload);
  }

  /** {@link SignatureVerifier#verify} of a valid event, as {@code EventConsumer} checks each. */
  @Benchmark
  public Verification verify() {
    return verifier.verify(signed);
  }

  Verification verify(SignedEvent event) {
    return verifier.verify(event);
  }

  int payloadSize() {
    return payload.length;
  }
}
