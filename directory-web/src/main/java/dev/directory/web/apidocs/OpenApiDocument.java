package dev.directory.web.apidocs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document as it is served: the one micronaut-openapi generates from the controllers,
 * with what the generator cannot know, or writes wrongly for OpenAPI 3.1, put right in one place.
 *
 * <ul>
 *   <li>A record or a map is an {@code object} (the generator leaves the type out); the choices of
 *       a repeated parameter are its items' (the generator puts them on the list).
 *   <li>A value that may be null is said as 3.1 says it: {@code type: [string, "null"]} (the
 *       generator adds {@code "object"}), a reference as {@code oneOf: [{$ref}, {type: "null"}]}
 *       (the generator writes {@code type: "null"} beside an {@code allOf}, which nothing matches).
 *   <li>Every field of an answer is required: answers always carry every field, null or empty when
 *       there is nothing ({@code micronaut.serde.serialization.inclusion: ALWAYS}).
 *   <li>The errors any request may meet are listed on every operation: {@code 400} (a parameter or
 *       body the directory refuses, a control character anywhere), {@code 406} (an Accept it cannot
 *       answer), {@code 503} (the database away); on those that need a sign-in {@code 401} and
 *       {@code 429} (the sign-in throttle); on those with a body {@code 413}; on those that write
 *       {@code 409} (a write the database gave up on). Every error is JSON.
 * </ul>
 */
final class OpenApiDocument {

  private static final String SCHEMAS = "#/components/schemas/";
  private static final String API_ERROR = SCHEMAS + "ApiError";
  private static final String INPUT = ".Input";

  private OpenApiDocument() {}

  /** The generated document, corrected. */
  static String corrected(String generated) {
    Map<String, Object> document = new Yaml().load(generated);
    nullsAsOpenApi31Says(document);
    Map<String, Object> schemas = map(map(document, "components"), "schemas");
    Set<String> asked = reached(document, schemas, "requestBody");
    Set<String> answered = reached(document, schemas, "responses");
    Set<String> shared = new TreeSet<>(asked);
    shared.retainAll(answered);
    inputsOfTheirOwn(document, schemas, shared);
    answered.forEach(name -> requireEveryProperty(map(schemas.get(name))));
    forEachOperation(document, (method, operation) -> errorsEveryRequestMayMeet(method, operation));
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(100);
    return new Yaml(options).dump(document);
  }

  /** Rewrites the generator's nullable values, everywhere in the document. */
  private static void nullsAsOpenApi31Says(Object node) {
    if (node instanceof Map<?, ?> raw) {
      Map<String, Object> schema = map(raw);
      Object type = schema.get("type");
      if (type instanceof List<?> types && types.contains("null") && types.contains("object")) {
        List<Object> plain = new ArrayList<>(types);
        if (plain.size() > 2) {
          plain.remove("object"); // the generator's mistake for a nullable primitive
        }
        if (plain.size() > 2) {
          plain.remove("string"); // a text read as the type its annotation says, a number
        }
        schema.put("type", plain);
      }
      if (schema.containsKey("allowableValues")) {
        schema.remove("allowableValues"); // the generator copies the annotation's name beside enum
      }
      if (type instanceof List<?> types && types.contains("array") && schema.containsKey("enum")) {
        // the generator puts the choices of a repeated parameter on the list, not its items
        schema.put(
            "items", new LinkedHashMap<>(Map.of("type", "string", "enum", schema.remove("enum"))));
      }
      if (type instanceof List<?> types
          && types.contains("null")
          && schema.get("enum") instanceof List<?> choices
          && !choices.contains(null)) {
        List<Object> orNull = new ArrayList<>(choices);
        orNull.add(null); // a nullable choice lists null among its values, as 3.1 wants
        schema.put("enum", orNull);
      }
      if (type == null && (schema.containsKey("properties") || isMap(schema))) {
        schema.put("type", "object"); // the generator leaves it out of records and maps
      }
      if ("null".equals(type) && schema.containsKey("allOf")) {
        List<Object> alternatives = new ArrayList<>((List<?>) schema.remove("allOf"));
        alternatives.add(Map.of("type", "null"));
        schema.remove("type");
        schema.put("oneOf", alternatives);
      } else if ("null".equals(type) && schema.containsKey("additionalProperties")) {
        schema.put("type", List.of("object", "null"));
      }
      schema.values().forEach(OpenApiDocument::nullsAsOpenApi31Says);
    } else if (node instanceof List<?> list) {
      list.forEach(OpenApiDocument::nullsAsOpenApi31Says);
    }
  }

  private static boolean isMap(Map<String, Object> schema) {
    return schema.get("additionalProperties") instanceof Map<?, ?>;
  }

  /**
   * The schemas the operations' {@code part} (request bodies, responses) use, through others too.
   */
  private static Set<String> reached(
      Map<String, Object> document, Map<String, Object> schemas, String part) {
    Set<String> reached = new HashSet<>();
    List<String> todo = new ArrayList<>();
    forEachOperation(document, (method, operation) -> references(operation.get(part), todo));
    while (!todo.isEmpty()) {
      String name = todo.remove(todo.size() - 1);
      if (reached.add(name)) {
        references(schemas.get(name), todo);
      }
    }
    return reached;
  }

  /**
   * A body shaped as an answer (a record is put back as it was got) is asked for by a schema of its
   * own, {@code <name>.Input}: the answer's fields, none of them required — a client sends what it
   * has, and a refusal names what is missing.
   */
  private static void inputsOfTheirOwn(
      Map<String, Object> document, Map<String, Object> schemas, Set<String> shared) {
    for (String name : shared) {
      Map<String, Object> input = map(copy(schemas.get(name)));
      input.remove("required");
      renameReferences(input, shared);
      schemas.put(name + INPUT, input);
    }
    forEachOperation(
        document, (method, operation) -> renameReferences(operation.get("requestBody"), shared));
  }

  /** Each operation of the document, with its method. */
  private static void forEachOperation(
      Map<String, Object> document, BiConsumer<String, Map<String, Object>> action) {
    map(document, "paths")
        .values()
        .forEach(
            operations ->
                map(operations)
                    .forEach((method, operation) -> action.accept(method, map(operation))));
  }

  private static void renameReferences(Object node, Set<String> shared) {
    if (node instanceof Map<?, ?> raw) {
      Map<String, Object> schema = map(raw);
      Object ref = schema.get("$ref");
      if (ref instanceof String name
          && name.startsWith(SCHEMAS)
          && shared.contains(name.substring(SCHEMAS.length()))) {
        schema.put("$ref", name + INPUT);
      }
      schema.values().forEach(value -> renameReferences(value, shared));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> renameReferences(value, shared));
    }
  }

  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> raw) {
      Map<String, Object> copied = new LinkedHashMap<>();
      raw.forEach((key, value) -> copied.put(String.valueOf(key), copy(value)));
      return copied;
    }
    if (node instanceof List<?> list) {
      List<Object> copied = new ArrayList<>();
      list.forEach(value -> copied.add(copy(value)));
      return copied;
    }
    return node;
  }

  private static void references(Object node, List<String> into) {
    if (node instanceof Map<?, ?> raw) {
      Object ref = raw.get("$ref");
      if (ref instanceof String name && name.startsWith(SCHEMAS)) {
        into.add(name.substring(SCHEMAS.length()));
      }
      raw.values().forEach(value -> references(value, into));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> references(value, into));
    }
  }

  private static void requireEveryProperty(Map<String, Object> schema) {
    Object properties = schema.get("properties");
    if (properties instanceof Map<?, ?> fields && !fields.isEmpty()) {
      Set<String> required = new TreeSet<>();
      fields.keySet().forEach(name -> required.add(String.valueOf(name)));
      schema.put("required", new ArrayList<>(required));
    }
  }

  private static void errorsEveryRequestMayMeet(String method, Map<String, Object> operation) {
    for (Object parameter : (List<?>) operation.getOrDefault("parameters", List.of())) {
      Map<String, Object> described = map(parameter);
      if (map(described, "schema").containsKey("default")) {
        described.remove("required"); // a parameter with a default may be left out
      }
    }
    Map<String, Object> responses = map(operation, "responses");
    boolean isPublic = List.of(Map.of()).equals(operation.get("security"));
    boolean writes = !method.equals("get");
    error(responses, "400", "Refused: a parameter or the body is wrong, each problem named");
    error(responses, "406", "The answer cannot be given in any type the Accept header takes");
    error(responses, "503", "The directory's database cannot be reached; try again in a moment");
    if (!isPublic) {
      error(responses, "401", "Not signed in");
      error(
          responses, "429", "Too many failed sign-ins from this address; wait as Retry-After says");
    }
    if (operation.containsKey("requestBody")) {
      error(responses, "413", "The body is larger than the directory takes");
    }
    if (writes) {
      error(
          responses,
          "409",
          "Refused as the directory stands (changed meanwhile, still referred to), or other writes"
              + " at the same moment kept it from being saved: nothing was saved");
    }
    responses.forEach(
        (status, response) -> {
          if (status.startsWith("4") || status.startsWith("5")) {
            jsonOnly(map(response));
          }
        });
  }

  /** Adds the error, or says beside the documented one that it may also be an error of any kind. */
  private static void error(Map<String, Object> responses, String status, String description) {
    if (!responses.containsKey(status)) {
      Map<String, Object> response = new LinkedHashMap<>();
      response.put("description", description);
      response.put("content", new LinkedHashMap<>());
      responses.put(status, response);
    }
  }

  /**
   * An error is always JSON: {@link dev.directory.web.error.ApiError}, or another shape the
   * operation documents ({@code 409} with what changed) — or the plain error, which any write may
   * also meet.
   */
  private static void jsonOnly(Map<String, Object> response) {
    Map<String, Object> content = map(response, "content");
    Object schema =
        content.values().stream().findFirst().map(c -> map(c).get("schema")).orElse(null);
    Map<String, Object> shape =
        schema == null || Map.of("$ref", API_ERROR).equals(schema)
            ? Map.of("$ref", API_ERROR)
            : Map.of("oneOf", List.of(schema, Map.of("$ref", API_ERROR)));
    content.clear();
    content.put("application/json", Map.of("schema", shape));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (value == null) {
      Map<String, Object> made = new LinkedHashMap<>();
      parent.put(key, made);
      return made;
    }
    return map(value);
  }
}
