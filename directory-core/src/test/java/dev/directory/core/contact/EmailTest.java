package dev.directory.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @ParameterizedTest
  @ValueSource(strings = {"mathews@", "@iom.int", "iom santiago@iom.int", "press@iom", "press"})
  void refusesWhatIsNotAnAddress(String address) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Email.normalize(address));

    assertEquals("“" + address + "” is not an e-mail address", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"iomsantiagopress@iom.int", " iomsantiagopress@IOM.int "})
  void keepsTheLocalPartAndLowerCasesTheDomain(String address) {
    assertEquals("iomsantiagopress@iom.int", Email.normalize(address));
  }
}
