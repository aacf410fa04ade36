package dev.directory.core.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * Words a problem names as an argument ("“x” is not <em>a visibility</em>"), so a translation can
 * put its own word in their place: each has a code ({@code problem.word.<code>} in the pages'
 * bundles) and writes its English text where it is an argument.
 */
public enum ProblemWord {
  VISIBILITY("visibility", "a visibility"),
  ROLE("role", "a role"),
  STATUS("status", "a status"),
  PHONE_TYPE("phone_type", "a phone type"),
  EMAIL_TYPE("email_type", "an e-mail type"),
  ORGANIZATION_KIND("organization_kind", "a kind of organisation"),
  RESULT_TYPE("result_type", "a type"),
  FORMAT("format", "a format"),
  ORDER("order", "an order"),
  PERSON("person", "person"),
  ORGANIZATION("organization", "organisation"),
  TOPIC("topic", "topic"),
  POSITION("position", "position"),
  RECORD("record", "record"),
  DIGEST_FREQUENCY("digest_frequency", "a frequency of digests"),
  VERIFIED_HOW("verified_how", "a way of verifying"),
  MISSION_OFFICE("mission_office", "mission office"),
  TEXT("text", "text"),
  TRUE_OR_FALSE("true_or_false", "true or false"),
  A_LIST("list", "a list"),
  WHOLE_NUMBER("whole_number", "a whole number"),
  NUMBER("number", "a number"),
  AN_OBJECT("object", "an object, {…}"),
  NOTHING("nothing", "nothing (null)");

  private final String code;
  private final String english;

  ProblemWord(String code, String english) {
    this.code = code;
    this.english = english;
  }

  public String code() {
    return code;
  }

  /** The word a problem's arguments hold as {@code english}, if it is one of these. */
  public static Optional<ProblemWord> of(String english) {
    return Arrays.stream(values()).filter(word -> word.english.equals(english)).findFirst();
  }

  @Override
  public String toString() {
    return english;
  }
}
