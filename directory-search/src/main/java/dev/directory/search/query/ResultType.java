package dev.directory.search.query;

import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.OrganizationKind;
import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a search result is: a kind of organisation, a person, a person who is a press contact, or a
 * position.
 */
public enum ResultType {
  MINISTRY("Ministry"),
  DEPARTMENT("Department"),
  MUNICIPAL_SERVICE("Municipal service"),
  MISSION_OFFICE("Mission office"),
  PARTNER("Partner"),
  PERSON("Person"),
  PRESS_CONTACT("Press contact"),
  POSITION("Position");

  private final String label;

  ResultType(String label) {
    this.label = label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }

  public boolean isPerson() {
    return this == PERSON || this == PRESS_CONTACT;
  }

  /** The kind of record a result is. */
  public RecordKind kind() {
    return switch (this) {
      case PERSON, PRESS_CONTACT -> RecordKind.PERSON;
      case POSITION -> RecordKind.POSITION;
      case MINISTRY, DEPARTMENT, MUNICIPAL_SERVICE, MISSION_OFFICE, PARTNER ->
          RecordKind.ORGANIZATION;
    };
  }

  public static ResultType of(OrganizationKind kind) {
    return valueOf(kind.name());
  }

  /**
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static ResultType parse(String code) {
    for (ResultType type : values()) {
      if (type.code().equals(code)) {
        return type;
      }
    }
    throw new InvalidValue(
        ProblemCode.CHOICE_INVALID,
        code,
        ProblemWord.RESULT_TYPE,
        Arrays.stream(values()).map(ResultType::code).collect(Collectors.joining(", ")));
  }
}
