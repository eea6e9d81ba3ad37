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
 * (infrastructure, later web) that nobody inside depends on.
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
        .layer("Adapters")
        .definedBy(INFRASTRUCTURE, WEB)
        .whereLayer("Adapters")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Adapters")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Adapters")
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
