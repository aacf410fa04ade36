package dev.directory.web.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.organization.OrganizationField;
import dev.directory.core.person.PersonField;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

  @Test
  void theEditFormsShowEveryFieldOfTheRecordInTheOrderOfItsColumns() {
    assertEquals(
        List.of(PersonField.values()), Columns.PERSON.stream().map(Columns.Column::field).toList());
    assertEquals(
        List.of(OrganizationField.values()),
        Columns.ORGANIZATION.stream().map(Columns.Column::field).toList());
  }
}
