package dev.directory.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhoneIssueTest {

  @Test
  void readsBackEveryIssueAPhoneIsGiven() {
    Phone chile = PhoneNumbers.read(PhoneType.WORK, "+56 02 9633710", "CL");
    Phone peru = PhoneNumbers.read(PhoneType.WORK, "+51 1 23", "PE");
    Phone tooLong = PhoneNumbers.read(PhoneType.WORK, "+49 30 1234567890123", "DE");

    assertEquals(
        new PhoneIssue(PhoneIssue.Kind.TRUNK_PREFIX, "CL"), PhoneIssue.read(chile.issue()));
    assertEquals(new PhoneIssue(PhoneIssue.Kind.NOT_VALID, "PE"), PhoneIssue.read(peru.issue()));
    assertEquals(new PhoneIssue(PhoneIssue.Kind.TOO_LONG, null), PhoneIssue.read(tooLong.issue()));
  }

  @Test
  void readsTheIssueOfANumberOfNoCountryAndTheWordsOfAnOlderRelease() {
    assertEquals(
        new PhoneIssue(PhoneIssue.Kind.NOT_VALID, null),
        PhoneIssue.read("not a valid number in any numbering plan; kept as written"));
    assertEquals(
        new PhoneIssue(PhoneIssue.Kind.UNREADABLE, null),
        PhoneIssue.read("cannot be read as a phone number: The string supplied is too short"));
  }

  @Test
  void leavesTextItDidNotWriteUnread() {
    assertNull(PhoneIssue.read("call after 6 pm"));
    assertNull(PhoneIssue.read("not a valid number in Atlantis's numbering plan; kept as written"));
  }
}
