package dev.directory.core.reorganization;

import dev.directory.core.organization.Organization;
import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.record.Reading;
import dev.directory.core.record.Values;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.function.Function;

/** The values of a {@link ChangeRequest}, read as every field of the directory is. */
final class Requested {

  private Requested() {}

  /** What every change gives: its kind, its day and the version it was made on. */
  record Read(ChangeKind kind, LocalDate date, long version) {}

  /**
   * @throws Refused naming each of the three that is missing or wrong
   */
  static Read read(ChangeRequest request) {
    Reading r = new Reading();
    ChangeKind kind =
        r.value(
            ChangeField.KIND,
            request.kind(),
            code ->
                ChangeKind.recordable(code)
                    .orElseThrow(() -> new InvalidValue(ProblemCode.CHANGE_KIND, code)));
    LocalDate date = r.value(ChangeField.DATE, request.date(), Values::date);
    if (request.version() == null) {
      r.problem(Problem.of(ChangeField.VERSION.json(), ProblemCode.REQUIRED));
    }
    if (!r.problems().isEmpty()) {
      throw new Refused(r.problems());
    }
    return new Read(kind, date, request.version());
  }

  /** A renaming's names: the organisation's own where the request gives none. */
  static OrganizationChange.Names names(ChangeRequest request, Organization organization) {
    if (Reading.text(request.name()) == null && Reading.text(request.localName()) == null) {
      throw Refused.of(ChangeField.NAME.json(), ProblemCode.REQUIRED);
    }
    String name =
        Reading.text(request.name()) == null
            ? organization.name()
            : label(ChangeField.NAME, request.name());
    String localName =
        request.localName() == null
            ? organization.localName()
            : request.localName().isBlank()
                ? null
                : label(ChangeField.LOCAL_NAME, request.localName());
    return new OrganizationChange.Names(name, localName);
  }

  /** An id, or null when none is given. */
  @Nullable
  static String id(ChangeField field, @Nullable String value) {
    return read(field, value, Values::id);
  }

  static String label(ChangeField field, String value) {
    return read(field, value, v -> Values.label(v, Values.TITLE));
  }

  private static <T> T read(ChangeField field, @Nullable String value, Function<String, T> reader) {
    Reading r = new Reading();
    T read = r.value(field.json(), false, value, reader);
    if (!r.problems().isEmpty()) {
      throw new Refused(r.problems());
    }
    return read;
  }
}
