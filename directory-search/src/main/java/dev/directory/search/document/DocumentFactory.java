package dev.directory.search.document;

import static dev.directory.search.index.IndexFields.ALL;
import static dev.directory.search.index.IndexFields.EMAIL;
import static dev.directory.search.index.IndexFields.NOTES;
import static dev.directory.search.index.IndexFields.ROLE;

import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.core.position.Position;
import dev.directory.core.topic.Topic;
import dev.directory.search.duplicates.DuplicateFields;
import dev.directory.search.duplicates.Traits;
import dev.directory.search.index.Facet;
import dev.directory.search.index.IndexFields;
import dev.directory.search.query.ResultType;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;

/**
 * Turns directory records into Lucene documents: one per organisation and one per person. A
 * person's document carries the names of their organisation and its ancestors, and its place, so
 * that "health santiago" finds the people of the Ministry of Health in Santiago.
 */
public final class DocumentFactory {

  private final Map<String, Topic> topics;
  private final Predicate<String> stale;
  private final ToLongFunction<String> versions;

  /**
   * @param topics the topic vocabulary by id, to index topic labels and keywords
   */
  public DocumentFactory(Map<String, Topic> topics) {
    this(topics, id -> false);
  }

  /**
   * @param stale whether the record of an id was last verified too long ago (or never)
   */
  public DocumentFactory(Map<String, Topic> topics, Predicate<String> stale) {
    this(topics, stale, id -> 0);
  }

  /**
   * @param versions the version of the record of an id, kept with its document: what a node's index
   *     holds can be compared with the database
   */
  public DocumentFactory(
      Map<String, Topic> topics, Predicate<String> stale, ToLongFunction<String> versions) {
    this.topics = Map.copyOf(topics);
    this.stale = stale;
    this.versions = versions;
  }

  /**
   * @param ancestors the organisation's parents, the top-level one first
   */
  public Document organization(Organization organization, List<Organization> ancestors) {
    return organization(organization, ancestors, List.of());
  }

  /**
   * @param ancestors the organisation's parents, the top-level one first
   * @param successorNames for a closed organisation, the names of those that replaced it
   */
  public Document organization(
      Organization organization, List<Organization> ancestors, List<String> successorNames) {
    ResultType type = ResultType.of(organization.kind());
    DocumentBuilder doc =
        new DocumentBuilder(
            organization.id(), IndexFields.RECORD_ORGANIZATION, type, organization.name());
    doc.document.add(
        new BinaryDocValuesField(IndexFields.NAME_LABEL, new BytesRef(organization.name())));
    doc.alias(organization.localName());
    organization.aliases().forEach(doc::alias);
    List<String> otherNames =
        Stream.concat(Stream.ofNullable(organization.localName()), organization.aliases().stream())
            .toList();
    if (!otherNames.isEmpty()) {
      doc.stored(IndexFields.STORED_ALIASES, String.join(", ", otherNames));
    }
    // a former name finds the organisation as an alias does; results say "formerly …"
    organization.formerNames().forEach(doc::alias);
    if (!organization.formerNames().isEmpty()) {
      doc.stored(IndexFields.STORED_FORMER_NAMES, String.join("; ", organization.formerNames()));
    }
    if (organization.isClosed()) {
      doc.closed();
      successorNames.forEach(name -> doc.stored(IndexFields.STORED_SUCCESSORS, name));
    }
    doc.text(ROLE, type.label());
    ancestors.forEach(doc::organizationNames);
    doc.facet(Facet.ORGANIZATION, (ancestors.isEmpty() ? organization : ancestors.get(0)).id());
    doc.place(organization);
    doc.topics(organization.topicIds(), topics);
    doc.text(EMAIL, organization.email());
    doc.phone(organization.phone(), organization.country());
    doc.contact(organization.phone(), organization.email());
    doc.health(
        organization.email() != null,
        organization.phone() != null && organization.phone().e164() != null);
    doc.text(NOTES, organization.notes());
    doc.keyword(IndexFields.VISIBILITY, Visibility.PUBLIC.code());
    DuplicateFields.addTo(doc.document, Traits.of(organization));
    if (!ancestors.isEmpty()) {
      doc.belongsTo(ancestors.get(ancestors.size() - 1));
    }
    return doc.build(stale.test(organization.id()), versions.applyAsLong(organization.id()));
  }

  /**
   * @param organization the person's organisation
   * @param ancestors its parents, the top-level one first
   */
  public Document person(Person person, Organization organization, List<Organization> ancestors) {
    ResultType type = person.pressContact() ? ResultType.PRESS_CONTACT : ResultType.PERSON;
    DocumentBuilder doc =
        new DocumentBuilder(person.id(), IndexFields.RECORD_PERSON, type, person.fullName());
    if (person.jobTitle() != null) {
      doc.storedText(IndexFields.TITLE, person.jobTitle());
      doc.text(ALL, person.jobTitle());
    }
    for (String role : person.roles()) {
      doc.text(ROLE, role);
      doc.text(ALL, role);
      doc.facet(Facet.ROLE, role);
    }
    person.languages().forEach(language -> doc.facet(Facet.LANGUAGE, language));
    doc.under(organization, ancestors);
    doc.stored(IndexFields.STORED_GIVEN_NAME, person.givenName());
    doc.stored(IndexFields.STORED_FAMILY_NAME, person.familyName());
    ancestors.forEach(above -> doc.stored(IndexFields.STORED_ORGANIZATION_PATH, above.name()));
    doc.topics(person.topicIds(), topics);
    doc.contacts(person.emails(), person.phones(), organization.country());
    doc.text(NOTES, person.notes());
    doc.keyword(IndexFields.VISIBILITY, person.visibility().code());
    DuplicateFields.addTo(doc.document, Traits.of(person, organization));
    doc.belongsTo(organization);
    return doc.build(stale.test(person.id()), versions.applyAsLong(person.id()));
  }

  /**
   * A position, found by its title, its organisation and who holds it now; it says who that is.
   *
   * @param organization the position's organisation
   * @param ancestors its parents, the top-level one first
   * @param holders the names of who holds it today, none when it is vacant
   */
  public Document position(
      Position position,
      Organization organization,
      List<Organization> ancestors,
      List<String> holders) {
    DocumentBuilder doc =
        new DocumentBuilder(
            position.id(), IndexFields.RECORD_POSITION, ResultType.POSITION, position.title());
    doc.under(organization, ancestors);
    for (String holder : holders) {
      doc.text(ALL, holder);
      doc.stored(IndexFields.STORED_HELD_BY, holder);
    }
    if (holders.isEmpty()) {
      doc.keyword(IndexFields.HAS, IndexFields.HAS_NO_HOLDER);
    }
    doc.contacts(position.emails(), position.phones(), organization.country());
    doc.text(NOTES, position.notes());
    doc.keyword(IndexFields.VISIBILITY, Visibility.PUBLIC.code());
    doc.belongsTo(organization);
    return doc.build(stale.test(position.id()), versions.applyAsLong(position.id()));
  }
}
