package dev.directory.search.index;

import static dev.directory.search.index.IndexFields.ALIASES;
import static dev.directory.search.index.IndexFields.EMAIL;
import static dev.directory.search.index.IndexFields.ID;
import static dev.directory.search.index.IndexFields.NAME;
import static dev.directory.search.index.IndexFields.NAME_SORT;
import static dev.directory.search.index.IndexFields.NOTES;
import static dev.directory.search.index.IndexFields.ORGANIZATION;
import static dev.directory.search.index.IndexFields.PHONE;
import static dev.directory.search.index.IndexFields.PLACE;
import static dev.directory.search.index.IndexFields.RECORD;
import static dev.directory.search.index.IndexFields.TITLE;
import static dev.directory.search.index.IndexFields.TOPIC;
import static dev.directory.search.index.IndexFields.VISIBILITY;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import dev.directory.core.country.Countries;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.core.topic.Topic;
import dev.directory.search.query.Facet;
import dev.directory.search.query.ResultType;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns directory records into Lucene documents: one per organisation and one per person. A
 * person's document carries the names of their organisation and its ancestors, and its place, so
 * that "health santiago" finds the people of the Ministry of Health in Santiago.
 */
public final class DocumentFactory {

  private final Map<String, Topic> topics;

  /**
   * @param topics the topic vocabulary by id, to index topic labels and keywords
   */
  public DocumentFactory(Map<String, Topic> topics) {
    this.topics = Map.copyOf(topics);
  }

  /**
   * @param ancestors the organisation's parents, the top-level one first
   */
  public Document organization(Organization organization, List<Organization> ancestors) {
    Document doc = new Document();
    ResultType type = ResultType.of(organization.kind());
    common(doc, organization.id(), IndexFields.RECORD_ORGANIZATION, type, organization.name());
    text(doc, ALIASES, organization.localName());
    exact(doc, organization.localName());
    for (String alias : organization.aliases()) {
      text(doc, ALIASES, alias);
      exact(doc, alias);
    }
    text(doc, TITLE, type.label());
    ancestors.forEach(ancestor -> organizationNames(doc, ancestor));
    place(doc, organization);
    topics(doc, organization.topicIds());
    text(doc, EMAIL, organization.email());
    phone(doc, organization.phone());
    text(doc, NOTES, organization.notes());
    doc.add(new StringField(VISIBILITY, Visibility.PUBLIC.code(), Field.Store.NO));
    if (!ancestors.isEmpty()) {
      Organization parent = ancestors.get(ancestors.size() - 1);
      stored(doc, IndexFields.STORED_ORGANIZATION_ID, parent.id());
      stored(doc, IndexFields.STORED_ORGANIZATION_NAME, parent.name());
    }
    return doc;
  }

  /**
   * @param organization the person's organisation
   * @param ancestors its parents, the top-level one first
   */
  public Document person(Person person, Organization organization, List<Organization> ancestors) {
    Document doc = new Document();
    ResultType type = person.pressContact() ? ResultType.PRESS_CONTACT : ResultType.PERSON;
    common(doc, person.id(), IndexFields.RECORD_PERSON, type, person.fullName());
    text(doc, TITLE, person.jobTitle());
    for (String role : person.roles()) {
      text(doc, TITLE, role);
      doc.add(new SortedSetDocValuesFacetField(Facet.ROLE.dimension(), role));
    }
    for (String language : person.languages()) {
      doc.add(new SortedSetDocValuesFacetField(Facet.LANGUAGE.dimension(), language));
    }
    organizationNames(doc, organization);
    ancestors.forEach(ancestor -> organizationNames(doc, ancestor));
    place(doc, organization);
    topics(doc, person.topicIds());
    person.emails().stream().map(Email::address).forEach(address -> text(doc, EMAIL, address));
    person.phones().forEach(phone -> phone(doc, phone));
    text(doc, NOTES, person.notes());
    doc.add(new StringField(VISIBILITY, person.visibility().code(), Field.Store.NO));
    stored(doc, IndexFields.STORED_TITLE, person.jobTitle());
    stored(doc, IndexFields.STORED_ORGANIZATION_ID, organization.id());
    stored(doc, IndexFields.STORED_ORGANIZATION_NAME, organization.name());
    return doc;
  }

  private static void common(Document doc, String id, String record, ResultType type, String name) {
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
    doc.add(new StringField(RECORD, record, Field.Store.YES));
    doc.add(new TextField(NAME, name, Field.Store.NO));
    exact(doc, name);
    doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(Folding.fold(name))));
    doc.add(new SortedSetDocValuesFacetField(Facet.TYPE.dimension(), type.code()));
    doc.add(new StoredField(IndexFields.STORED_TYPE, type.code()));
    doc.add(new StoredField(IndexFields.STORED_NAME, name));
  }

  private static void organizationNames(Document doc, Organization organization) {
    text(doc, ORGANIZATION, organization.name());
    text(doc, ORGANIZATION, organization.localName());
    organization.aliases().forEach(alias -> text(doc, ORGANIZATION, alias));
  }

  private static void place(Document doc, Organization organization) {
    String country = organization.country();
    if (country != null) {
      for (Locale language : Countries.LANGUAGES) {
        text(doc, PLACE, Countries.name(country, language));
      }
      doc.add(new SortedSetDocValuesFacetField(Facet.COUNTRY.dimension(), country));
      stored(doc, IndexFields.STORED_COUNTRY, country);
    }
    if (organization.region() != null) {
      text(doc, PLACE, organization.region());
      doc.add(new SortedSetDocValuesFacetField(Facet.REGION.dimension(), organization.region()));
    }
    if (organization.city() != null) {
      text(doc, PLACE, organization.city());
      doc.add(new SortedSetDocValuesFacetField(Facet.CITY.dimension(), organization.city()));
      stored(doc, IndexFields.STORED_CITY, organization.city());
    }
  }

  private void topics(Document doc, List<String> topicIds) {
    for (String topicId : topicIds) {
      Topic topic = topics.get(topicId);
      if (topic != null) {
        topic.allTerms().forEach(term -> text(doc, TOPIC, term));
      }
    }
  }

  private static void phone(Document doc, @Nullable Phone phone) {
    if (phone != null) {
      text(doc, PHONE, phone.raw());
      text(doc, PHONE, phone.dialable().replace("+", ""));
    }
  }

  private static void text(Document doc, String field, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, Field.Store.NO));
    }
  }

  private static void stored(Document doc, String field, @Nullable String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  /** A name as one keyword, so that typing a whole name or acronym ranks it first. */
  private static void exact(Document doc, @Nullable String name) {
    if (name != null && !name.isBlank()) {
      doc.add(new StringField(IndexFields.EXACT, Folding.fold(name), Field.Store.NO));
    }
  }
}
