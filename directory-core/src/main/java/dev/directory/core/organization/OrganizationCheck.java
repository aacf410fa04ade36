package dev.directory.core.organization;

import static dev.directory.core.organization.OrganizationField.ALIASES;
import static dev.directory.core.organization.OrganizationField.CITY;
import static dev.directory.core.organization.OrganizationField.COUNTRY;
import static dev.directory.core.organization.OrganizationField.EMAIL;
import static dev.directory.core.organization.OrganizationField.FORMER_NAMES;
import static dev.directory.core.organization.OrganizationField.ID;
import static dev.directory.core.organization.OrganizationField.KIND;
import static dev.directory.core.organization.OrganizationField.LOCAL_NAME;
import static dev.directory.core.organization.OrganizationField.NAME;
import static dev.directory.core.organization.OrganizationField.PARENT;
import static dev.directory.core.organization.OrganizationField.PHONE;
import static dev.directory.core.organization.OrganizationField.REGION;
import static dev.directory.core.organization.OrganizationField.STATUS;
import static dev.directory.core.organization.OrganizationField.SUCCESSORS;
import static dev.directory.core.organization.OrganizationField.TOPICS;
import static dev.directory.core.organization.OrganizationField.WEBSITE;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneNumbers;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.country.Countries;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.record.Checked;
import dev.directory.core.record.Reading;
import dev.directory.core.record.Values;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The one check of an organisation, whoever gives it (import, API, edit form): every value, its
 * parent (which must exist and not make a loop) and its topics.
 */
public final class OrganizationCheck {

  private OrganizationCheck() {}

  public static Checked<Organization> check(OrganizationDraft draft, Known known) {
    Reading r = new Reading();
    String id = r.value(ID, draft.id(), Values::id);
    OrganizationKind kind = r.value(KIND, draft.kind(), OrganizationKind::parse);
    String name = r.value(NAME, draft.name(), v -> Values.label(v, Values.TITLE));
    String country = r.value(COUNTRY, draft.country(), Countries::parse);
    String website = r.value(WEBSITE, draft.website(), Values::website);
    Phone phone = r.value(PHONE, draft.phone(), v -> PhoneNumbers.read(PhoneType.WORK, v, country));
    String email = r.value(EMAIL, draft.email(), Email::normalize);
    String parentId = r.value(PARENT, draft.parentId(), Values::id);
    if (parentId != null) {
      if (parentId.equals(id)) {
        r.problem(PARENT, ProblemCode.PARENT_SELF);
      } else if (known.organization(parentId) == null) {
        r.problem(PARENT, ProblemCode.REFERENCE_MISSING, ProblemWord.ORGANIZATION, parentId);
      } else if (id != null) {
        checkNoLoop(r, id, parentId, known);
      }
    }
    var topics = r.list(TOPICS, draft.topics(), Values::id);
    known.checkTopics(r, TOPICS, topics);
    String localName = r.value(LOCAL_NAME, draft.localName(), v -> Values.label(v, Values.TITLE));
    var aliases = r.list(ALIASES, draft.aliases(), v -> Values.label(v, Values.LABEL));
    String region = r.value(REGION, draft.region(), v -> Values.label(v, Values.NAME));
    String city = r.value(CITY, draft.city(), v -> Values.label(v, Values.NAME));
    OrganizationStatus status = r.value(STATUS, draft.status(), OrganizationStatus::parse);
    var formerNames = r.list(FORMER_NAMES, draft.formerNames(), v -> Values.label(v, Values.TITLE));
    var successors = r.list(SUCCESSORS, draft.successors(), Values::id);
    for (String successor : successors) {
      if (successor.equals(id)) {
        r.problem(SUCCESSORS, ProblemCode.SUCCESSOR_SELF);
      } else if (known.organization(successor) == null) {
        r.problem(SUCCESSORS, ProblemCode.REFERENCE_MISSING, ProblemWord.ORGANIZATION, successor);
      }
    }
    return r.checked(
        () ->
            new Organization(
                id,
                kind,
                name,
                localName,
                aliases,
                parentId,
                country,
                region,
                city,
                website,
                phone,
                email,
                topics,
                Reading.text(draft.notes()),
                status == null ? OrganizationStatus.ACTIVE : status,
                formerNames,
                successors));
  }

  /** Walks up from the parent; reaching the organisation itself would make it its own ancestor. */
  private static void checkNoLoop(Reading r, String id, String parentId, Known known) {
    Set<String> chain = new LinkedHashSet<>();
    chain.add(id);
    for (String above = parentId; above != null; above = parentOf(above, known)) {
      if (above.equals(id)) {
        r.problem(PARENT, ProblemCode.PARENT_CYCLE, id, String.join(" › ", chain) + " › " + id);
        return;
      }
      if (!chain.add(above)) {
        return; // a loop above that does not pass through this organisation: its own problem
      }
    }
  }

  @Nullable
  private static String parentOf(String id, Known known) {
    Known.Facts organization = known.organization(id);
    return organization == null ? null : organization.parentId();
  }
}
