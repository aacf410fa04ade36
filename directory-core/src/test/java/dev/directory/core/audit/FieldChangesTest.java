package dev.directory.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

  @Test
  void readsBackEveryValueAsItWasWrittenEmptyAndAbsentApart() {
    List<FieldChange> changes =
        List.of(
            new FieldChange("given_name", null, "Ana"),
            new FieldChange("job_title", "", null),
            new FieldChange("notes", "said \"yes\", then\nno", "a, b\r\nc"),
            new FieldChange("roles", "press\u001fspokesperson", "\\N"));

    assertEquals(changes, FieldChanges.read(FieldChanges.write(changes)));
  }

  @Test
  void aChangeWithoutFieldsIsEmptyText() {
    assertEquals("", FieldChanges.write(List.of()));
    assertEquals(List.of(), FieldChanges.read(""));
  }
}
