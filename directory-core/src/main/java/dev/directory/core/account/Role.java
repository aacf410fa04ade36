package dev.directory.core.account;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What staff may do: every role may do what the roles before it may. */
public enum Role {
  /** All staff: search, read every record, work the inquiry queue. */
  VIEWER,
  /** Also creates, edits and deletes organisations and people. */
  EDITOR,
  /** Also manages accounts. */
  ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This role and every role below it: what a signed-in user of this role holds. */
  public List<String> granted() {
    return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::code).toList();
  }

  /**
   * @throws Refused naming the value and the roles there are
   */
  public static Role parse(String value) {
    if (value == null || value.isBlank()) {
      throw Refused.of("role", ProblemCode.REQUIRED_CHOICE, "viewer, editor, admin");
    }
    for (Role role : values()) {
      if (role.code().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))) {
        return role;
      }
    }
    throw Refused.of(
        "role", ProblemCode.CHOICE_INVALID, value, ProblemWord.ROLE, "viewer, editor, admin");
  }
}
