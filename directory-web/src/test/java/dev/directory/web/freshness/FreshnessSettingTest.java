package dev.directory.web.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The setting of how old a verification may be before its record is stale. */
class FreshnessSettingTest {

  @Test
  void takesAWholeNumberOfMonths() {
    assertEquals(18, Freshness.months(" 18 "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "a year", "1.5", ""})
  void stopsTheServerAtStartOnAnythingElseSayingWhichSettingAndWhy(String written) {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> Freshness.months(written));
    assertEquals(
        "directory.stale-after-months (DIRECTORY_STALE_AFTER_MONTHS) must be a whole number of"
            + " months, 1 or more; it is “"
            + written
            + "”",
        refused.getMessage());
  }
}
