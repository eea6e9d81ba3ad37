package dev.eventline.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.Verification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignatureBenchmarkTest {
  private final SignatureBenchmark benchmark = new SignatureBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @Test
  void signsAboutFiveHundredBytesOfPayload() {
    assertThat(benchmark.payloadSize()).isBetween(450, 550);
  }

  @Test
  void theEventItVerifiesIsVerified() {
    assertThat(benchmark.verify()).isEqualTo(new Verification.Verified(Envelopes.KEY_ID));
  }

  @Test
  void anEventItSignsVerifies() {
    assertThat(benchmark.verify(benchmark.sign()))
        .isEqualTo(new Verification.Verified(Envelopes.KEY_ID));
  }

  @Test
  void aSignedEventWithOneByteChangedDoesNotVerify() {
    SignedEvent signed = benchmark.sign();
    byte[] payload = signed.payload();
    payload[payload.length / 2] ^= 1;

    assertThat(benchmark.verify(new SignedEvent(signed.attributes(), payload, signed.signature())))
        .isInstanceOfSatisfying(
            Verification.Rejected.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Verification.Reason.BAD_SIGNATURE));
  }
}
