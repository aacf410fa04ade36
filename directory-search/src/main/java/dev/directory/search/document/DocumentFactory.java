package dev.directory.search.document;

import static dev.directory.search.index.IndexFields.ALIASES;
import static dev.directory.search.index.IndexFields.ALL;
import static dev.directory.search.index.IndexFields.EMAIL;
import static dev.directory.search.index.IndexFields.NOTES;
import static dev.directory.search.index.IndexFields.ORGANIZATION;
import static dev.directory.search.index.IndexFields.PLACE;
import static dev.directory.search.index.IndexFields.ROLE;
import static dev.directory.search.index.IndexFields.SUGGEST;
import static dev.directory.search.index.IndexFields.TOPIC;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import dev.directory.core.country.Countries;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.core.position.Position;
import dev.directory.core.text.Folding;
import dev.directory.core.topic.Topic;
import dev.directory.search.duplicates.DuplicateFields;
import dev.directory.search.duplicates.Traits;
import dev.directory.search.index.Facet;
import dev.directory.search.index.IndexFields;
import dev.directory.search.index.PhoneDigits;
import dev.directory.search.query.ResultType;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns directory records into Lucene documents: one per organisation and one per person. A
 * person's document carries the names of their organisation and its ancestors, and its place, so
 * that "health santiago" finds the people of the Ministry of Health in Santiago.
 */
public final class DocumentFactory {

  /**
   * Searched text: word frequencies but no positions — words are never matched as phrases, and
   * positions were a large part of the cost of indexing a million people.
   */
  private static final FieldType TEXT = textType(false, IndexOptions.DOCS_AND_FREQS);

  private static final FieldType STORED_TEXT = textType(true, IndexOptions.DOCS_AND_FREQS);

  /** Phone digits are matched as phrases of overlapping runs of four: they keep positions. */
  private static final FieldType PHONE_DIGITS =
      textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

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

  private static FieldType textType(boolean stored, IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(options);
    type.setStored(stored);
    type.freeze();
    return type;
  }

  /**
   * @param ancestors the organisation's parents, the top-level one first
   */
  public Document organization(Organization organization, List<Organization> ancestors) {
    ResultType type = ResultType.of(organization.kind());
    Builder doc =
        new Builder(organization.id(), IndexFields.RECORD_ORGANIZATION, type, organization.name());
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
    doc.text(ROLE, type.label());
    ancestors.forEach(doc::organizationNames);
    doc.facet(Facet.ORGANIZATION, (ancestors.isEmpty() ? organization : ancestors.get(0)).id());
    doc.place(organization);
    doc.topics(organization.topicIds(), topics);
    doc.text(EMAIL, organization.email());
    doc.phone(organization.phone(), organization.country());
    doc.contact(organization.phone(), organization.email());
    doc.text(NOTES, organization.notes());
    doc.keyword(IndexFields.VISIBILITY, Visibility.PUBLIC.code());
    DuplicateFields.addTo(doc.document, Traits.of(organization));
    if (!ancestors.isEmpty()) {
      doc.belongsTo(ancestors.get(ancestors.size() - 1));
    }
    doc.freshness(stale.test(organization.id()));
    doc.version(versions.applyAsLong(organization.id()));
    return doc.build();
  }

  /**
   * @param organization the person's organisation
   * @param ancestors its parents, the top-level one first
   */
  public Document person(Person person, Organization organization, List<Organization> ancestors) {
    ResultType type = person.pressContact() ? ResultType.PRESS_CONTACT : ResultType.PERSON;
    Builder doc = new Builder(person.id(), IndexFields.RECORD_PERSON, type, person.fullName());
    if (person.jobTitle() != null) {
      doc.document.add(new Field(IndexFields.TITLE, person.jobTitle(), STORED_TEXT));
      doc.text(ALL, person.jobTitle());
    }
    for (String role : person.roles()) {
      doc.text(ROLE, role);
      doc.text(ALL, role);
      doc.facet(Facet.ROLE, role);
    }
    person.languages().forEach(language -> doc.facet(Facet.LANGUAGE, language));
    doc.organizationNames(organization);
    ancestors.forEach(doc::organizationNames);
    doc.facet(Facet.ORGANIZATION, (ancestors.isEmpty() ? organization : ancestors.get(0)).id());
    doc.place(organization);
    doc.topics(person.topicIds(), topics);
    person.emails().stream().map(Email::address).forEach(address -> doc.text(EMAIL, address));
    person.phones().forEach(phone -> doc.phone(phone, organization.country()));
    doc.contact(
        person.phones().isEmpty() ? null : person.phones().get(0),
        person.emails().isEmpty() ? null : person.emails().get(0).address());
    doc.text(NOTES, person.notes());
    doc.keyword(IndexFields.VISIBILITY, person.visibility().code());
    DuplicateFields.addTo(doc.document, Traits.of(person, organization));
    doc.belongsTo(organization);
    doc.freshness(stale.test(person.id()));
    doc.version(versions.applyAsLong(person.id()));
    return doc.build();
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
    Builder doc =
        new Builder(
            position.id(), IndexFields.RECORD_POSITION, ResultType.POSITION, position.title());
    doc.organizationNames(organization);
    ancestors.forEach(doc::organizationNames);
    doc.facet(Facet.ORGANIZATION, (ancestors.isEmpty() ? organization : ancestors.get(0)).id());
    doc.place(organization);
    for (String holder : holders) {
      doc.text(ALL, holder);
      doc.stored(IndexFields.STORED_HELD_BY, holder);
    }
    position.emails().stream().map(Email::address).forEach(address -> doc.text(EMAIL, address));
    position.phones().forEach(phone -> doc.phone(phone, organization.country()));
    doc.contact(
        position.phones().isEmpty() ? null : position.phones().get(0),
        position.emails().isEmpty() ? null : position.emails().get(0).address());
    doc.text(NOTES, position.notes());
    doc.keyword(IndexFields.VISIBILITY, Visibility.PUBLIC.code());
    doc.belongsTo(organization);
    doc.freshness(stale.test(position.id()));
    doc.version(versions.applyAsLong(position.id()));
    return doc.build();
  }

  /**
   * Gathers a document's values. Text for one field is joined into one Lucene field: queries never
   * match across values as phrases, and one field analysed once indexes much faster than many small
   * ones.
   */
  private static final class Builder {
    private final Document document = new Document();
    private final Map<String, StringBuilder> text = new LinkedHashMap<>();

    Builder(String id, String record, ResultType type, String name) {
      document.add(new StringField(IndexFields.ID, id, Field.Store.YES));
      document.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(id)));
      document.add(new StringField(IndexFields.RECORD, record, Field.Store.YES));
      document.add(new Field(IndexFields.NAME, name, STORED_TEXT));
      document.add(
          new SortedDocValuesField(IndexFields.NAME_SORT, new BytesRef(Folding.fold(name))));
      document.add(new StoredField(IndexFields.STORED_TYPE, type.code()));
      text(SUGGEST, name);
      text(ALL, name);
      exact(name);
      facet(Facet.TYPE, type.code());
    }

    void alias(@Nullable String alias) {
      if (alias != null && !alias.isBlank()) {
        text(ALIASES, alias);
        text(ALL, alias);
        text(SUGGEST, alias);
        exact(alias);
      }
    }

    void organizationNames(Organization organization) {
      text(ORGANIZATION, organization.name());
      text(ORGANIZATION, organization.localName());
      organization.aliases().forEach(alias -> text(ORGANIZATION, alias));
      text(ALL, organization.name());
      text(ALL, organization.localName());
    }

    void place(Organization organization) {
      String country = organization.country();
      if (country != null) {
        for (Locale language : Countries.LANGUAGES) {
          text(PLACE, Countries.name(country, language));
        }
        text(ALL, Countries.name(country, Locale.ENGLISH));
        facet(Facet.COUNTRY, country);
        stored(IndexFields.STORED_COUNTRY, country);
      }
      if (organization.region() != null) {
        text(PLACE, organization.region());
        text(ALL, organization.region());
        facet(Facet.REGION, organization.region());
      }
      if (organization.city() != null) {
        text(PLACE, organization.city());
        text(ALL, organization.city());
        facet(Facet.CITY, organization.city());
        stored(IndexFields.STORED_CITY, organization.city());
      }
    }

    void topics(List<String> topicIds, Map<String, Topic> vocabulary) {
      for (String topicId : topicIds) {
        Topic topic = vocabulary.get(topicId);
        if (topic != null) {
          topic.allTerms().forEach(term -> text(TOPIC, term));
          text(ALL, topic.labelEn());
          facet(Facet.TOPIC, topicId);
          stored(IndexFields.STORED_TOPICS, topicId);
        }
      }
    }

    void phone(@Nullable Phone phone, @Nullable String country) {
      if (phone != null) {
        text(IndexFields.PHONE, String.join(" ", PhoneDigits.forms(phone, country)));
      }
    }

    /** The organisation a result shows under its name. */
    void belongsTo(Organization organization) {
      stored(IndexFields.STORED_ORGANIZATION_ID, organization.id());
      stored(IndexFields.STORED_ORGANIZATION_NAME, organization.name());
    }

    /** A whole name as one keyword, so that typing a whole name or acronym ranks it first. */
    void exact(String name) {
      keyword(IndexFields.EXACT, Folding.fold(name));
    }

    void facet(Facet facet, String value) {
      document.add(new SortedSetDocValuesFacetField(facet.dimension(), value));
    }

    /**
     * A stale record is marked and counted in the stale facet; a fresh one carries a feature that
     * adds a little to its relevance, so that of two equally relevant records the fresh one comes
     * first.
     */
    void freshness(boolean stale) {
      facet(Facet.STALE, Boolean.toString(stale));
      if (stale) {
        stored(IndexFields.STORED_STALE, "true");
      } else {
        document.add(new FeatureField(IndexFields.FEATURES, IndexFields.FRESH, 1f));
      }
    }

    void version(long version) {
      document.add(new StoredField(IndexFields.STORED_VERSION, version));
    }

    void keyword(String field, String value) {
      document.add(new StringField(field, value, Field.Store.NO));
    }

    void text(String field, @Nullable String value) {
      if (value != null && !value.isBlank()) {
        StringBuilder joined = text.computeIfAbsent(field, key -> new StringBuilder());
        if (!joined.isEmpty()) {
          joined.append(" \n ");
        }
        joined.append(value);
      }
    }

    /** The phone and e-mail a result shows, so that a search answers without opening records. */
    void contact(@Nullable Phone phone, @Nullable String email) {
      if (phone != null) {
        stored(IndexFields.STORED_PHONE, phone.raw());
        if (phone.e164() != null) {
          // only a valid number is offered to dial: a number not valid as written may ring nobody
          stored(IndexFields.STORED_PHONE_DIAL, phone.e164());
        }
      }
      if (email != null) {
        stored(IndexFields.STORED_EMAIL, email);
      }
    }

    void stored(String field, String value) {
      document.add(new StoredField(field, value));
    }

    Document build() {
      text.forEach(
          (field, joined) ->
              document.add(
                  new Field(
                      field,
                      joined.toString(),
                      field.equals(IndexFields.PHONE) ? PHONE_DIGITS : TEXT)));
      return document;
    }
  }
}
