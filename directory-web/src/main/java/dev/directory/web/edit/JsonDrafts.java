package dev.directory.web.edit;

import dev.directory.core.organization.OrganizationDraft;
import dev.directory.core.organization.OrganizationField;
import dev.directory.core.person.PersonDraft;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.PositionDraft;
import dev.directory.core.position.PositionField;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.record.Drafted;
import dev.directory.core.record.Entry;
import dev.directory.core.record.Field;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the JSON body of a create or change into a draft. The body has the shape that {@code GET}
 * returns, so a client can send back what it read with one field changed: fields the directory
 * derives (a person's {@code name}, {@code url}, {@code organizationPath}, {@code place}; a phone's
 * {@code e164}; a label beside an id) are read-only and ignored; a field that is not in that shape
 * at all is refused, naming the fields there are.
 */
final class JsonDrafts {

  private static final Set<String> PERSON_READ_ONLY =
      Set.of("type", "name", "organizationPath", "place", "positions", "freshness", "url");
  private static final Set<String> ORGANIZATION_READ_ONLY =
      Set.of(
          "ancestors",
          "children",
          "people",
          "office",
          "engagements",
          "freshness",
          "url",
          "typeLabel",
          "closedOn",
          "positions",
          "at");

  private static final Set<String> POSITION_READ_ONLY =
      Set.of("type", "heldBy", "at", "freshness", "url");

  private final Map<String, Object> body;
  private final List<Problem> problems = new ArrayList<>();

  private JsonDrafts(Map<String, Object> body) {
    this.body = body;
  }

  static Drafted<PersonDraft> person(Map<String, Object> body) {
    JsonDrafts json = new JsonDrafts(body);
    json.refuseUnknown(PersonField.values(), PERSON_READ_ONLY);
    var draft =
        new PersonDraft(
            json.text(PersonField.ID),
            json.text(PersonField.GIVEN_NAME),
            json.text(PersonField.FAMILY_NAME),
            json.text(PersonField.TITLE),
            json.ref(PersonField.ORGANIZATION, body.get("organization")),
            json.texts(PersonField.ROLES),
            json.entries(PersonField.EMAILS, "address"),
            json.entries(PersonField.PHONES, "number"),
            json.ids(PersonField.LANGUAGES),
            json.ids(PersonField.TOPICS),
            json.flag(PersonField.PRESS_CONTACT),
            json.text(PersonField.VISIBILITY),
            json.text(PersonField.NOTES));
    return new Drafted<>(draft, json.problems);
  }

  static Drafted<OrganizationDraft> organization(Map<String, Object> body) {
    JsonDrafts json = new JsonDrafts(body);
    json.refuseUnknown(OrganizationField.values(), ORGANIZATION_READ_ONLY);
    Map<?, ?> place = json.object("place");
    Object phone = body.get("phone");
    var draft =
        new OrganizationDraft(
            json.text(OrganizationField.ID),
            json.text(OrganizationField.KIND),
            json.text(OrganizationField.NAME),
            json.text(OrganizationField.LOCAL_NAME),
            json.texts(OrganizationField.ALIASES),
            json.ref(OrganizationField.PARENT, body.get("parent")),
            json.text(OrganizationField.COUNTRY, place.get("country")),
            json.text(OrganizationField.REGION, place.get("region")),
            json.text(OrganizationField.CITY, place.get("city")),
            json.text(OrganizationField.WEBSITE),
            phone instanceof Map<?, ?> written
                ? json.text(OrganizationField.PHONE, written.get("number"))
                : json.text(OrganizationField.PHONE, phone),
            json.text(OrganizationField.EMAIL),
            json.ids(OrganizationField.TOPICS),
            json.text(OrganizationField.NOTES),
            json.text(OrganizationField.STATUS),
            json.texts(OrganizationField.FORMER_NAMES),
            json.ids(OrganizationField.SUCCESSORS));
    return new Drafted<>(draft, json.problems);
  }

  /** A position; holders as GET shows them, each a person with the days they began and left. */
  static Drafted<PositionDraft> position(Map<String, Object> body) {
    JsonDrafts json = new JsonDrafts(body);
    json.refuseUnknown(PositionField.values(), POSITION_READ_ONLY);
    List<PositionDraft.HolderDraft> holders = new ArrayList<>();
    for (Object item : json.items(PositionField.HOLDERS)) {
      if (item instanceof Map<?, ?> holding) {
        holders.add(
            new PositionDraft.HolderDraft(
                json.ref(PositionField.HOLDERS, holding.get("person")),
                json.text(PositionField.HOLDERS, holding.get("from")),
                json.text(PositionField.HOLDERS, holding.get("to"))));
      } else {
        json.shape(
            PositionField.HOLDERS,
            "a list of objects such as {\"person\": …, \"from\": \"YYYY-MM-DD\", \"to\": …}");
      }
    }
    var draft =
        new PositionDraft(
            json.text(PositionField.ID),
            json.text(PositionField.TITLE),
            json.ref(PositionField.ORGANIZATION, body.get("organization")),
            json.flag(PositionField.PRESS_CONTACT),
            json.entries(PositionField.EMAILS, "address"),
            json.entries(PositionField.PHONES, "number"),
            holders,
            json.text(PositionField.NOTES));
    return new Drafted<>(draft, json.problems);
  }

  private void refuseUnknown(Field[] fields, Set<String> readOnly) {
    List<String> names = new ArrayList<>();
    for (Field field : fields) {
      String top = field.json().contains(".") ? field.json().split("\\.")[0] : field.json();
      if (!names.contains(top)) {
        names.add(top);
      }
    }
    names.add("version");
    for (String key : body.keySet()) {
      if (!names.contains(key) && !readOnly.contains(key)) {
        problems.add(Problem.of(null, ProblemCode.FIELD_UNKNOWN, key, String.join(", ", names)));
      }
    }
  }

  @Nullable
  private String text(Field field) {
    return text(field, body.get(field.json()));
  }

  @Nullable
  private String text(Field field, @Nullable Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    shape(field, ProblemWord.TEXT);
    return null;
  }

  @Nullable
  private Boolean flag(Field field) {
    Object value = body.get(field.json());
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    shape(field, ProblemWord.TRUE_OR_FALSE);
    return null;
  }

  /** {@code {"id": …}} as GET shows a link to another record. */
  @Nullable
  private String ref(Field field, @Nullable Object value) {
    if (value instanceof Map<?, ?> object) {
      return text(field, object.get("id"));
    }
    if (value == null) {
      return null;
    }
    shape(field, "an object with the id of the record, {\"id\": …}");
    return null;
  }

  private Map<?, ?> object(String key) {
    Object value = body.get(key);
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> object) {
      return object;
    }
    problems.add(Problem.of(key, ProblemCode.FIELD_SHAPE, "an object"));
    return Map.of();
  }

  private List<?> items(Field field) {
    Object value = body.get(field.json());
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list;
    }
    shape(field, ProblemWord.A_LIST);
    return List.of();
  }

  private List<String> texts(Field field) {
    return items(field).stream().map(item -> text(field, item)).filter(Objects::nonNull).toList();
  }

  /** Languages and topics: {@code [{"id": "es", "label": …}]} as GET shows them, or the ids. */
  private List<String> ids(Field field) {
    return items(field).stream().map(item -> ref(field, item)).filter(Objects::nonNull).toList();
  }

  /** E-mails and phones: {@code [{"type": "work", "address": …}]} as GET shows them. */
  private List<Entry> entries(Field field, String valueKey) {
    List<Entry> entries = new ArrayList<>();
    for (Object item : items(field)) {
      if (item instanceof Map<?, ?> object) {
        String value = text(field, object.get(valueKey));
        if (value != null) {
          entries.add(new Entry(text(field, object.get("type")), value));
        }
      } else {
        shape(field, "a list of objects such as {\"type\": \"work\", \"" + valueKey + "\": …}");
      }
    }
    return entries;
  }

  private void shape(Field field, Object what) {
    problems.add(Problem.of(field.column(), ProblemCode.FIELD_SHAPE, what));
  }
}
