package dev.directory.web.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.directory.core.change.Writes;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;

/**
 * Every writing transaction of the directory goes through {@link Writes}, which takes the change
 * log's writer lock before any row lock: a transaction opened anywhere else could take a row lock
 * first and deadlock against the others.
 */
class OneWayToWriteTest {

  private static final JavaClasses DIRECTORY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.directory");

  @Test
  void onlyWritesOpensAWritingTransaction() {
    noClasses()
        .that()
        .doNotBelongToAnyOf(Writes.class)
        .should()
        .callMethodWhere(
            target(owner(assignableTo(TransactionOperations.class)))
                .and(target(nameMatching("executeWrite|execute"))))
        .because("a writing transaction takes the change log's writer lock first, in Writes")
        .check(DIRECTORY);
  }
}
