package dev.directory.search.index;

import static dev.directory.search.index.IndexFields.ALIASES;
import static dev.directory.search.index.IndexFields.ALL;
import static dev.directory.search.index.IndexFields.EMAIL;
import static dev.directory.search.index.IndexFields.ID;
import static dev.directory.search.index.IndexFields.NAME;
import static dev.directory.search.index.IndexFields.NOTES;
import static dev.directory.search.index.IndexFields.ORGANIZATION;
import static dev.directory.search.index.IndexFields.PLACE;
import static dev.directory.search.index.IndexFields.ROLE;
import static dev.directory.search.index.IndexFields.TITLE;
import static dev.directory.search.index.IndexFields.TOPIC;

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
    alias(doc, organization.localName());
    organization.aliases().forEach(alias -> alias(doc, alias));
    text(doc, ROLE, type.label());
    ancestors.forEach(ancestor -> organizationNames(doc, ancestor));
    Organization top = ancestors.isEmpty() ? organization : ancestors.get(0);
    facet(doc, Facet.ORGANIZATION, top.id());
    place(doc, organization);
    topics(doc, organization.topicIds());
    text(doc, EMAIL, organization.email());
    phone(doc, organization.phone(), organization.country());
    text(doc, NOTES, organization.notes());
    doc.add(new StringField(IndexFields.VISIBILITY, Visibility.PUBLIC.code(), Field.Store.NO));
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
    if (person.jobTitle() != null) {
      doc.add(new TextField(TITLE, person.jobTitle(), Field.Store.YES));
      text(doc, ALL, person.jobTitle());
    }
    for (String role : person.roles()) {
      text(doc, ROLE, role);
      text(doc, ALL, role);
      facet(doc, Facet.ROLE, role);
    }
    person.languages().forEach(language -> facet(doc, Facet.LANGUAGE, language));
    organizationNames(doc, organization);
    ancestors.forEach(ancestor -> organizationNames(doc, ancestor));
    Organization top = ancestors.isEmpty() ? organization : ancestors.get(0);
    facet(doc, Facet.ORGANIZATION, top.id());
    place(doc, organization);
    topics(doc, person.topicIds());
    person.emails().stream().map(Email::address).forEach(address -> text(doc, EMAIL, address));
    person.phones().forEach(phone -> phone(doc, phone, organization.country()));
    text(doc, NOTES, person.notes());
    doc.add(new StringField(IndexFields.VISIBILITY, person.visibility().code(), Field.Store.NO));
    stored(doc, IndexFields.STORED_ORGANIZATION_ID, organization.id());
    stored(doc, IndexFields.STORED_ORGANIZATION_NAME, organization.name());
    return doc;
  }

  private static void common(Document doc, String id, String record, ResultType type, String name) {
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
    doc.add(new StringField(IndexFields.RECORD, record, Field.Store.YES));
    doc.add(new TextField(NAME, name, Field.Store.YES));
    doc.add(new TextField(IndexFields.SUGGEST, name, Field.Store.NO));
    text(doc, ALL, name);
    exact(doc, name);
    doc.add(new SortedDocValuesField(IndexFields.NAME_SORT, new BytesRef(Folding.fold(name))));
    facet(doc, Facet.TYPE, type.code());
    doc.add(new StoredField(IndexFields.STORED_TYPE, type.code()));
  }

  private static void alias(Document doc, @Nullable String alias) {
    if (alias != null && !alias.isBlank()) {
      text(doc, ALIASES, alias);
      text(doc, ALL, alias);
      text(doc, IndexFields.SUGGEST, alias);
      exact(doc, alias);
    }
  }

  private static void organizationNames(Document doc, Organization organization) {
    text(doc, ORGANIZATION, organization.name());
    text(doc, ORGANIZATION, organization.localName());
    organization.aliases().forEach(alias -> text(doc, ORGANIZATION, alias));
    text(doc, ALL, organization.name());
    text(doc, ALL, organization.localName());
  }

  private static void place(Document doc, Organization organization) {
    String country = organization.country();
    if (country != null) {
      for (Locale language : Countries.LANGUAGES) {
        text(doc, PLACE, Countries.name(country, language));
      }
      text(doc, ALL, Countries.name(country, Locale.ENGLISH));
      facet(doc, Facet.COUNTRY, country);
      stored(doc, IndexFields.STORED_COUNTRY, country);
    }
    if (organization.region() != null) {
      text(doc, PLACE, organization.region());
      text(doc, ALL, organization.region());
      facet(doc, Facet.REGION, organization.region());
    }
    if (organization.city() != null) {
      text(doc, PLACE, organization.city());
      text(doc, ALL, organization.city());
      facet(doc, Facet.CITY, organization.city());
      stored(doc, IndexFields.STORED_CITY, organization.city());
    }
  }

  private void topics(Document doc, List<String> topicIds) {
    for (String topicId : topicIds) {
      Topic topic = topics.get(topicId);
      if (topic != null) {
        topic.allTerms().forEach(term -> text(doc, TOPIC, term));
        text(doc, ALL, topic.labelEn());
        facet(doc, Facet.TOPIC, topicId);
      }
    }
  }

  private static void phone(Document doc, @Nullable Phone phone, @Nullable String country) {
    if (phone != null) {
      for (String suffix : PhoneDigits.suffixes(phone, country)) {
        doc.add(new StringField(IndexFields.PHONE, suffix, Field.Store.NO));
      }
    }
  }

  /** A whole name as one keyword, so that typing a whole name or acronym ranks it first. */
  private static void exact(Document doc, String name) {
    doc.add(new StringField(IndexFields.EXACT, Folding.fold(name), Field.Store.NO));
  }

  private static void facet(Document doc, Facet facet, String value) {
    doc.add(new SortedSetDocValuesFacetField(facet.dimension(), value));
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
}
