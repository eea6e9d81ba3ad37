package dev.eventline.kit.messaging.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.sample.SampleEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class SchemaContractTest {
  /** Where this module keeps the released schemas of its sample events, as an *-api module does. */
  private static final Path RELEASED = Path.of("src/test/released-schemas");

  record Unsampled(String id) {}

  record Drifted(String id, long count) {}

  @TempDir Path released;

  @Test
  void theSampleEventsKeepEveryPromise() {
    assertThat(SchemaContract.of(SampleEvents.TYPES).problems(RELEASED)).isEmpty();
  }

  @Test
  void anIncompatibleChangeToAReleasedVersionFailsAndAsksForANewVersion() throws Exception {
    SchemaContract contract = SchemaContract.of(SampleEvents.TYPES);
    contract.release(released);
    Path v1 = released.resolve("dev.eventline.test.PaymentTaken/v1.schema.json");
    // As released, amountCents was any number; the current schema narrowed it to integers.
    Files.writeString(v1, Files.readString(v1).replace("\"integer\"", "\"number\""));

    assertThat(contract.problems(released))
        .singleElement()
        .asString()
        .contains("dev.eventline.test.PaymentTaken v1 changed incompatibly since its release")
        .contains("amountCents")
        .contains("publish the change as v2 with an upcaster");
  }

  @Test
  void anOptionalPropertyAddedSinceTheReleaseIsCompatible() throws Exception {
    SchemaContract contract = SchemaContract.of(SampleEvents.TYPES);
    contract.release(released);
    Path v2 = released.resolve("dev.eventline.test.OrderPlaced/v2.schema.json");
    // As released, v2 had no placedAt; the current schema adds it as an optional property.
    ObjectNode schema = (ObjectNode) EventPayloads.wireFormat().readTree(v2.toFile());
    ((ObjectNode) schema.get("properties")).remove("placedAt");
    Files.writeString(v2, schema.toString());

    assertThat(contract.problems(released)).isEmpty();
  }

  @Test
  void aVersionWithoutAReleasedCopyIsReportedAndReleasingRecordsOnlyWhatIsMissing() {
    SchemaContract contract = SchemaContract.of(SampleEvents.TYPES);

    assertThat(contract.problems(released))
        .hasSize(3)
        .allSatisfy(problem -> assertThat(problem).contains("has no released copy"));
    assertThat(contract.release(released)).hasSize(3);
    assertThat(contract.release(released)).isEmpty();
    assertThat(contract.problems(released)).isEmpty();
  }

  @Test
  void aVersionWithoutAStoredSampleOrWithASampleThatNoLongerReadsIsReported() {
    EventTypes types =
        EventTypes.of(
            EventType.of(Unsampled.class, "dev.eventline.test.Unsampled", "t.unsampled"),
            EventType.of(Drifted.class, "dev.eventline.test.Drifted", "t.drifted"));
    SchemaContract contract = SchemaContract.of(types);
    contract.release(released);

    List<String> problems = contract.problems(released);

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "dev.eventline.test.Unsampled v1 has no stored sample: add"
                + " eventline/samples/dev.eventline.test.Unsampled/v1.json",
            problems.stream()
                .filter(p -> p.startsWith("the stored sample"))
                .findFirst()
                .orElse("none"));
    assertThat(problems)
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .startsWith(
                        "the stored sample of dev.eventline.test.Drifted v1 no longer reads")
                    .contains("count"));
  }
}
