package dev.eventline.payments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of STYLE.md: a domain of plain Java, use cases that know no adapter, and adapters
 * (infrastructure, web) that nobody inside depends on. The web calls the use cases, never the JDBC
 * or Kafka adapters; only the application class in infrastructure imports the web's configuration.
 */
class ArchitectureTest {
  private static final String DOMAIN = "dev.eventline.payments";
  private static final String APPLICATION = "dev.eventline.payments.application..";
  private static final String INFRASTRUCTURE = "dev.eventline.payments.infrastructure..";
  private static final String WEB = "dev.eventline.payments.web..";

  private static final JavaClasses SERVICE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages(DOMAIN);

  @Test
  void theDomainDependsOnNothingButTheJdkAndItself() {
    classes()
        .that()
        .resideInAPackage(DOMAIN)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(DOMAIN, "java..")
        .because("the domain has no Spring, Kafka or JDBC imports (ddd-by-examples/library)")
        .check(SERVICE);
  }

  @Test
  void theLayersOnlyDependInwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Domain")
        .definedBy(DOMAIN)
        .layer("Application")
        .definedBy(APPLICATION)
        .layer("Infrastructure")
        .definedBy(INFRASTRUCTURE)
        .layer("Web")
        .definedBy(WEB)
        .whereLayer("Infrastructure")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Web")
        .mayOnlyBeAccessedByLayers("Infrastructure")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Infrastructure", "Web")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Web")
        .check(SERVICE);
  }

  @Test
  void theWebCallsTheUseCasesNotTheDatabaseOrKafka() {
    noClasses()
        .that()
        .resideInAPackage(WEB)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.eventline.payments.infrastructure.jdbc..",
            "dev.eventline.payments.infrastructure.kafka..",
            "org.apache.kafka..",
            "java.sql..",
            "org.springframework.jdbc..")
        .because(
            "the HTTP API goes through WalletService, as the Kafka consumer goes through use cases")
        .check(SERVICE);
  }

  @Test
  void onlyTheApplicationClassReachesIntoTheWeb() {
    classes()
        .that()
        .resideInAPackage(INFRASTRUCTURE)
        .and()
        .doNotHaveSimpleName("PaymentServiceApplication")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackage(WEB)
        .check(SERVICE);
  }

  @Test
  void theUseCasesTouchNeitherKafkaNorJdbc() {
    noClasses()
        .that()
        .resideInAPackage(APPLICATION)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.kafka..", "java.sql..", "org.springframework.jdbc..")
        .because("use cases reach the database through the domain's repositories")
        .check(SERVICE);
  }

  @Test
  void theAdaptersDoNotDependOnEachOther() {
    slices()
        .matching("dev.eventline.payments.infrastructure.(*)..")
        .should()
        .notDependOnEachOther()
        .check(SERVICE);
  }
}
