package dev.eventline.orders;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain knows nothing of Spring, Kafka, JDBC, the kit or the layers around it; the use cases
 * know no adapter; the web calls the use cases and the kit's operator tools, never the JDBC or
 * Kafka adapters, and only the application class wires it in.
 */
class LayeringTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.eventline.orders");

  @Test
  void theDomainDependsOnNoInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("dev.eventline.orders")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "org.apache.kafka..",
            "java.sql..",
            "javax.sql..",
            "dev.eventline.kit..",
            "dev.eventline.orders.application..",
            "dev.eventline.orders.infrastructure..",
            "dev.eventline.orders.web..")
        .check(CLASSES);
  }

  @Test
  void theApplicationLayerDependsOnNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage("dev.eventline.orders.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.kafka..",
            "java.sql..",
            "dev.eventline.orders.infrastructure..",
            "dev.eventline.orders.web..")
        .check(CLASSES);
  }

  @Test
  void theWebDependsOnNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage("dev.eventline.orders.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.eventline.orders.infrastructure..",
            "org.apache.kafka.clients..",
            "org.springframework.kafka..",
            "org.springframework.jdbc..",
            "javax.sql..")
        .because(
            "orders go through the use cases; sagas and dead letters through the kit's"
                + " SagaOperations and DeadLetterTopics")
        .check(CLASSES);
  }

  @Test
  void onlyTheApplicationClassReachesIntoTheWeb() {
    noClasses()
        .that()
        .resideInAPackage("dev.eventline.orders.infrastructure..")
        .and()
        .doNotHaveSimpleName("OrderServiceApplication")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.eventline.orders.web..")
        .check(CLASSES);
  }
}
