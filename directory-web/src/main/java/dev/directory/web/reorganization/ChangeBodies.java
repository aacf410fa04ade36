package dev.directory.web.reorganization;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.reorganization.ChangeField;
import dev.directory.core.reorganization.ChangeRequest;
import dev.directory.core.reorganization.ChangeRequest.Successor;
import dev.directory.web.input.Versions;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of {@code POST /api/organizations/{id}/changes} read into a {@link ChangeRequest}:
 * a field of the wrong shape, or one the API does not know, is named with every other in one
 * answer.
 */
final class ChangeBodies {

  private final List<Problem> problems = new ArrayList<>();

  private ChangeBodies() {}

  static ChangeRequest read(Map<String, Object> body) {
    ChangeBodies read = new ChangeBodies();
    for (String name : body.keySet()) {
      if (Arrays.stream(ChangeField.values()).noneMatch(f -> f.json().equals(name))) {
        read.problems.add(
            Problem.of(
                name,
                ProblemCode.FIELD_UNKNOWN,
                name,
                String.join(
                    ", ", Arrays.stream(ChangeField.values()).map(ChangeField::json).toList())));
      }
    }
    Object version = body.get(ChangeField.VERSION.json());
    ChangeRequest request =
        new ChangeRequest(
            read.text(ChangeField.KIND, body),
            read.text(ChangeField.DATE, body),
            version == null ? null : Versions.of(version),
            read.text(ChangeField.NAME, body),
            read.text(ChangeField.LOCAL_NAME, body),
            read.ref(ChangeField.PARENT, body.get(ChangeField.PARENT.json())),
            read.ref(ChangeField.INTO, body.get(ChangeField.INTO.json())),
            read.successors(body.get(ChangeField.SUCCESSORS.json())),
            read.moves(body.get(ChangeField.MOVES.json())));
    if (!read.problems.isEmpty()) {
      throw new Refused(read.problems);
    }
    return request;
  }

  @Nullable
  private String text(ChangeField field, Map<String, Object> body) {
    Object value = body.get(field.json());
    if (value == null || value instanceof String) {
      return (String) value;
    }
    problems.add(Problem.of(field.json(), ProblemCode.FIELD_SHAPE, "a text"));
    return null;
  }

  /** An organisation: its id, or {@code {"id": …}} as GET shows one. */
  @Nullable
  private String ref(ChangeField field, @Nullable Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Map<?, ?> object && object.get("id") instanceof String id) {
      return id;
    }
    problems.add(Problem.of(field.json(), ProblemCode.FIELD_SHAPE, "an organisation's id"));
    return null;
  }

  private List<Successor> successors(@Nullable Object value) {
    List<Successor> successors = new ArrayList<>();
    if (value == null) {
      return successors;
    }
    if (!(value instanceof List<?> items)) {
      problems.add(Problem.of(ChangeField.SUCCESSORS.json(), ProblemCode.FIELD_SHAPE, "a list"));
      return successors;
    }
    for (Object item : items) {
      if (item instanceof String id) {
        successors.add(new Successor(id, null));
      } else if (item instanceof Map<?, ?> object
          && (object.get("id") == null || object.get("id") instanceof String)
          && (object.get("name") == null || object.get("name") instanceof String)) {
        successors.add(new Successor((String) object.get("id"), (String) object.get("name")));
      } else {
        problems.add(
            Problem.of(
                ChangeField.SUCCESSORS.json(),
                ProblemCode.FIELD_SHAPE,
                "a list of ids, or of {\"id\": …, \"name\": …} for new organisations"));
      }
    }
    return successors;
  }

  private Map<String, String> moves(@Nullable Object value) {
    Map<String, String> moves = new LinkedHashMap<>();
    if (value == null) {
      return moves;
    }
    if (value instanceof Map<?, ?> object) {
      for (Map.Entry<?, ?> entry : object.entrySet()) {
        if (entry.getValue() instanceof String to) {
          moves.put(String.valueOf(entry.getKey()), to);
        } else {
          problems.add(
              Problem.of(
                  ChangeField.MOVES.json() + "." + entry.getKey(),
                  ProblemCode.FIELD_SHAPE,
                  "a successor's id"));
        }
      }
    } else {
      problems.add(
          Problem.of(
              ChangeField.MOVES.json(),
              ProblemCode.FIELD_SHAPE,
              "an object of record ids to successor ids"));
    }
    return moves;
  }
}
