package dev.directory.web.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.organization.OrganizationField;
import dev.directory.core.person.PersonField;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

  @Test
  void theEditFormsShowEveryFieldOfTheRecordInTheOrderOfItsColumns() {
    assertEquals(
        List.of(PersonField.values()), Columns.PERSON.stream().map(Columns.Column::field).toList());
    assertEquals(
        Arrays.stream(OrganizationField.values())
            .filter(field -> !field.followsFromChanges())
            .toList(),
        Columns.ORGANIZATION.stream().map(Columns.Column::field).toList());
  }

  @Test
  void theOrganisationFormLeavesWhatItsDatedChangesSetToThem() {
    assertEquals(
        List.of(),
        Columns.ORGANIZATION.stream()
            .map(Columns.Column::name)
            .filter(List.of("status", "former_names", "successors")::contains)
            .toList());
  }
}
