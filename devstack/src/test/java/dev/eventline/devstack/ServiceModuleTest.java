package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceModuleTest {
  @TempDir Path home;

  @Test
  void theRunnableJarIsTheExecJarOfTheModuleNotItsPlainOne() throws Exception {
    Path target = Files.createDirectories(home.resolve("services/order-service/target"));
    Files.createFile(target.resolve("order-service-0.1.0-SNAPSHOT.jar"));
    Path exec = Files.createFile(target.resolve("order-service-0.1.0-SNAPSHOT-exec.jar"));

    assertThat(ServiceModule.ORDERS.jar(home)).isEqualTo(exec);
  }

  @Test
  void aMissingJarIsReportedWithTheCommandThatBuildsIt() {
    assertThatThrownBy(() -> ServiceModule.PAYMENTS.jar(home))
        .isInstanceOf(DevstackException.class)
        .hasMessageContaining("no runnable jar of payment-service")
        .hasMessageContaining("./mvnw -pl services/payment-service -am package -DskipTests");
  }

  @Test
  void endpointsWrittenByOneRunAreReadByTheNextCommand() throws Exception {
    ServiceEndpoints endpoints =
        new ServiceEndpoints(
            Map.of(
                ServiceModule.ORDERS, URI.create("http://127.0.0.1:4100"),
                ServiceModule.INVENTORY, URI.create("http://127.0.0.1:4200")),
            Optional.of(
                new ServiceEndpoints.Entrance(
                    URI.create("https://127.0.0.1:4300"), URI.create("http://127.0.0.1:4301"))),
            List.of(11L, 12L, 13L));

    endpoints.write(home);

    ServiceEndpoints read = ServiceEndpoints.read(home).orElseThrow();
    assertThat(read).isEqualTo(endpoints);
    assertThat(read.of(ServiceModule.ORDERS)).isEqualTo(URI.create("http://127.0.0.1:4100"));
    assertThat(read.gateway().orElseThrow().api()).isEqualTo(URI.create("https://127.0.0.1:4300"));
    assertThatThrownBy(() -> read.of(ServiceModule.PAYMENTS))
        .hasMessage("payment-service does not run in this stack");
    ServiceEndpoints.remove(home);
    assertThat(ServiceEndpoints.read(home)).isEmpty();
  }
}
