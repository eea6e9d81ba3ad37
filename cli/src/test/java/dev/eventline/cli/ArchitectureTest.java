package dev.eventline.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.eventline.cli");

  @Test
  void theCliUsesOnlyTheDevstacksPublicApi() {
    noClasses()
        .that()
        .resideInAPackage("dev.eventline.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.eventline.devstack.internal..")
        .because("packages named internal are not for other modules (STYLE.md)")
        .check(CLI);
  }
}
