package dev.directory.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void normalisesAValidNumberToE164() {
    Phone phone = PhoneNumbers.read(PhoneType.WORK, "+41 22 717 9111", null);

    assertEquals("+41227179111", phone.e164());
    assertEquals("+41 22 717 9111", phone.raw());
    assertNull(phone.issue());
  }

  @Test
  void readsANationalNumberInTheCountryGiven() {
    Phone phone = PhoneNumbers.read(PhoneType.MOBILE, "022 717 91 11", "CH");

    assertEquals("+41227179111", phone.e164());
  }

  /**
   * The source's own number is written with Chile's trunk 0 after the country code and has one
   * digit fewer than Santiago's numbers have today: it is kept exactly as written and flagged.
   */
  @Test
  void keepsTheSourcesOldSantiagoNumberAsWrittenAndFlagsIt() {
    Phone phone = PhoneNumbers.read(PhoneType.WORK, "+56 02 9633710", "CL");

    assertEquals("+56 02 9633710", phone.raw());
    assertFalse(phone.isValid());
    assertNull(phone.e164());
    assertEquals(
        "not a valid number in Chile's numbering plan (a trunk prefix 0 is written after the"
            + " country code); kept as written",
        phone.issue());
    assertEquals("+56029633710", phone.dialable());
  }

  @Test
  void callsNoNumberOfMoreThanFifteenDigitsValid() {
    Phone phone = PhoneNumbers.read(PhoneType.WORK, "+49 30 1234567890123", null);

    assertFalse(phone.isValid());
    assertNull(phone.e164());
    assertEquals("+49 30 1234567890123", phone.raw());
    assertTrue(phone.issue().startsWith("longer than the 15 digits"), phone.issue());
    assertTrue(PhoneNumbers.read(PhoneType.WORK, "+49 30 12345678", null).isValid());
  }

  @Test
  void refusesTextThatIsNoPhoneNumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PhoneNumbers.read(PhoneType.WORK, "call the office", "CL"));

    assertEquals("“call the office” is not a phone number", e.getMessage());
  }

  @Test
  void refusesAFragmentTooShortToBeANumber() {
    assertThrows(
        IllegalArgumentException.class, () -> PhoneNumbers.read(PhoneType.WORK, "12", "CL"));
  }

  @Test
  void acceptsAnExtension() {
    Phone phone = PhoneNumbers.read(PhoneType.WORK, "+41 22 717 9111 ext. 12", null);

    assertTrue(phone.isValid());
  }
}
