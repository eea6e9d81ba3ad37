package dev.eventline.orders;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain knows nothing of Spring, Kafka, JDBC, the kit or the layers around it. */
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
}
