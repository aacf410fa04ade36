package dev.directory.core.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesTest {

  @Test
  void namesACountryInEachLanguageOfTheDirectory() {
    assertEquals("Peru", Countries.name("PE", Locale.ENGLISH));
    assertEquals("Perú", Countries.name("PE", Locale.forLanguageTag("es")));
    assertEquals("Pérou", Countries.name("PE", Locale.FRENCH));
  }

  @Test
  void readsACodeTypedInLowerCase() {
    assertEquals("CL", Countries.parse(" cl "));
  }

  @Test
  void refusesWhatIsNotAnIsoCode() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Countries.parse("Chile"));

    assertEquals(
        "“Chile” is not an ISO 3166-1 alpha-2 country code (such as CL or FR)", e.getMessage());
  }
}
