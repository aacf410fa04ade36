package dev.directory.core.organization;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an organisation is; {@code DEPARTMENT} is anything under a parent. */
public enum OrganizationKind {
  MINISTRY,
  DEPARTMENT,
  MUNICIPAL_SERVICE,
  MISSION_OFFICE,
  PARTNER;

  /** The code used in files and the API, e.g. {@code municipal_service}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static OrganizationKind parse(String value) {
    for (OrganizationKind kind : values()) {
      if (kind.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new InvalidValue(
        ProblemCode.CHOICE_INVALID, value, ProblemWord.ORGANIZATION_KIND, codes());
  }

  public static String codes() {
    return Arrays.stream(values()).map(OrganizationKind::code).collect(Collectors.joining(", "));
  }
}
