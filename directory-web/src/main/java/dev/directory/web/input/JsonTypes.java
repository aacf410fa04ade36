package dev.directory.web.input;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.web.apidocs.ApiDocument;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether each value of a JSON body is of the type the API's document says, a problem naming the
 * field by its path ({@code emails[0].address}) where it is not: a number is not read as text, nor
 * text as a number, nor anything as an object or a list it is not. The document is the one the
 * server serves, so a body the document describes is a body the server takes.
 */
record JsonTypes(ApiDocument document) {

  /** The problems of {@code value} against {@code schema}, at {@code path}. */
  List<Problem> problems(@Nullable Object schema, @Nullable Object value, String path) {
    List<Problem> problems = new ArrayList<>();
    check(schema, value, path, problems);
    return problems;
  }

  @SuppressWarnings("unchecked")
  private void check(
      @Nullable Object schemaNode, @Nullable Object value, String path, List<Problem> problems) {
    if (!(schemaNode instanceof Map<?, ?> raw)) {
      return;
    }
    Map<String, Object> schema = (Map<String, Object>) raw;
    if (schema.get("$ref") instanceof String ref) {
      check(document.schema(ref), value, path, problems);
      return;
    }
    Object alternatives = schema.containsKey("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
    if (alternatives instanceof List<?> options) {
      List<Problem> first = null;
      for (Object option : options) {
        List<Problem> found = problems(option, value, path);
        if (found.isEmpty()) {
          return;
        }
        if (first == null && !isNullOnly(option)) {
          first = found;
        }
      }
      problems.addAll(first == null ? List.of() : first);
      return;
    }
    List<String> types = types(schema.get("type"));
    if (value == null) {
      if (!types.isEmpty() && !types.contains("null")) {
        problems.add(Problem.of(field(path), ProblemCode.FIELD_SHAPE, word(types)));
      }
      return;
    }
    if (!types.isEmpty() && !types.contains(kind(value)) && !isWholeNumber(types, value)) {
      problems.add(Problem.of(field(path), ProblemCode.FIELD_SHAPE, word(types)));
      return;
    }
    if (value instanceof Map<?, ?> object) {
      Map<String, Object> properties =
          schema.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
      Object others = schema.get("additionalProperties");
      object.forEach(
          (key, item) -> {
            String name = String.valueOf(key);
            String at = path.isEmpty() ? name : path + "." + name;
            if (properties.containsKey(name)) {
              check(properties.get(name), item, at, problems);
            } else if (others instanceof Map<?, ?>) {
              check(others, item, at, problems);
            }
          });
    } else if (value instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        check(schema.get("items"), items.get(i), path + "[" + i + "]", problems);
      }
    }
  }

  private static boolean isNullOnly(Object schema) {
    return schema instanceof Map<?, ?> map && "null".equals(map.get("type"));
  }

  private static List<String> types(@Nullable Object type) {
    if (type instanceof String one) {
      return List.of(one);
    }
    if (type instanceof List<?> many) {
      return many.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  /** The JSON type of a value as the body parser reads it. */
  private static String kind(Object value) {
    if (value instanceof CharSequence) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof BigInteger) {
      return "integer";
    }
    if (value instanceof Number) {
      return "number";
    }
    return value instanceof Map<?, ?> ? "object" : value instanceof List<?> ? "array" : "unknown";
  }

  /** A whole number is a number too; a number written 2.0 is whole. */
  private static boolean isWholeNumber(List<String> types, Object value) {
    if (types.contains("number") && kind(value).equals("integer")) {
      return true;
    }
    return types.contains("integer")
        && value instanceof BigDecimal decimal
        && decimal.stripTrailingZeros().scale() <= 0;
  }

  /** What to give, in a word the reader's language has ({@link ProblemWord}). */
  private static ProblemWord word(List<String> types) {
    String type = types.stream().filter(t -> !t.equals("null")).findFirst().orElse("null");
    return switch (type) {
      case "string" -> ProblemWord.TEXT;
      case "integer" -> ProblemWord.WHOLE_NUMBER;
      case "number" -> ProblemWord.NUMBER;
      case "boolean" -> ProblemWord.TRUE_OR_FALSE;
      case "array" -> ProblemWord.A_LIST;
      case "object" -> ProblemWord.AN_OBJECT;
      default -> ProblemWord.NOTHING;
    };
  }

  private static String field(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
