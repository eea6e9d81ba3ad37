package dev.eventline.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of the service, kept apart: the domain knows nothing but itself and the JDK, the use
 * cases know nothing of the adapters, the web layer reaches the database and Kafka only through the
 * use cases, and the adapters know nothing of each other.
 */
class LayeringTest {
  private static final JavaClasses SERVICE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.eventline.inventory");

  @Test
  void theDomainDependsOnNothingButItselfAndTheJdkCore() {
    // No Spring, Kafka, JDBC (java.sql), kit or message records: those are the outer layers'.
    classes()
        .that()
        .resideInAPackage("dev.eventline.inventory")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.eventline.inventory", "java.lang..", "java.util..")
        .check(SERVICE);
  }

  @Test
  void theUseCasesDoNotReachIntoTheAdapters() {
    noClasses()
        .that()
        .resideInAPackage("dev.eventline.inventory.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.eventline.inventory.infrastructure..",
            "dev.eventline.inventory.web..",
            "org.apache.kafka..",
            "java.sql..",
            "javax.sql..",
            "org.springframework.jdbc..")
        .check(SERVICE);
  }

  @Test
  void theWebLayerGoesThroughTheUseCasesNotTheOtherAdapters() {
    noClasses()
        .that()
        .resideInAPackage("dev.eventline.inventory.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.eventline.inventory.infrastructure..",
            "org.apache.kafka..",
            "java.sql..",
            "javax.sql..",
            "org.springframework.jdbc..")
        .check(SERVICE);
  }

  @Test
  void noAdapterDependsOnTheWebLayer() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.eventline.inventory.infrastructure.jdbc..",
            "dev.eventline.inventory.infrastructure.kafka..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.eventline.inventory.web..")
        .check(SERVICE);
  }

  @Test
  void theDatabaseAndKafkaAdaptersDoNotKnowEachOther() {
    noClasses()
        .that()
        .resideInAPackage("dev.eventline.inventory.infrastructure.jdbc..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.eventline.inventory.infrastructure.kafka..", "org.apache.kafka..")
        .check(SERVICE);
    noClasses()
        .that()
        .resideInAPackage("dev.eventline.inventory.infrastructure.kafka..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.eventline.inventory.infrastructure.jdbc..", "java.sql..", "javax.sql..")
        .check(SERVICE);
  }
}
