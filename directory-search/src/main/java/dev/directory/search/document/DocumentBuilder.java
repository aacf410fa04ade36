package dev.directory.search.document;

import static dev.directory.search.index.IndexFields.ALIASES;
import static dev.directory.search.index.IndexFields.ALL;
import static dev.directory.search.index.IndexFields.EMAIL;
import static dev.directory.search.index.IndexFields.ORGANIZATION;
import static dev.directory.search.index.IndexFields.PLACE;
import static dev.directory.search.index.IndexFields.SUGGEST;
import static dev.directory.search.index.IndexFields.TOPIC;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import dev.directory.core.country.Countries;
import dev.directory.core.organization.Organization;
import dev.directory.core.text.Folding;
import dev.directory.core.topic.Topic;
import dev.directory.search.index.Facet;
import dev.directory.search.index.IndexFields;
import dev.directory.search.index.PhoneDigits;
import dev.directory.search.query.ResultType;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Gathers a document's values. Text for one field is joined into one Lucene field: queries never
 * match across values as phrases, and one field analysed once indexes much faster than many small
 * ones.
 */
final class DocumentBuilder {

  /**
   * Searched text: word frequencies but no positions — words are never matched as phrases, and
   * positions were a large part of the cost of indexing a million people.
   */
  private static final FieldType TEXT = textType(false, IndexOptions.DOCS_AND_FREQS);

  private static final FieldType STORED_TEXT = textType(true, IndexOptions.DOCS_AND_FREQS);

  /** Phone digits are matched as phrases of overlapping runs of four: they keep positions. */
  private static final FieldType PHONE_DIGITS =
      textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  final Document document = new Document();
  private final Map<String, StringBuilder> text = new LinkedHashMap<>();

  private boolean closed;

  DocumentBuilder(String id, String record, ResultType type, String name) {
    document.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    document.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(id)));
    document.add(new StringField(IndexFields.RECORD, record, Field.Store.YES));
    document.add(new Field(IndexFields.NAME, name, STORED_TEXT));
    document.add(new SortedDocValuesField(IndexFields.NAME_SORT, new BytesRef(Folding.fold(name))));
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

  /**
   * The organisation a person or position is in, with its ancestors (the top-level one first):
   * their names, the top-level one as the organisation facet, and the organisation's place.
   */
  void under(Organization organization, List<Organization> ancestors) {
    organizationNames(organization);
    ancestors.forEach(this::organizationNames);
    facet(Facet.ORGANIZATION, (ancestors.isEmpty() ? organization : ancestors.get(0)).id());
    place(organization);
  }

  /**
   * A person's or position's e-mails and phones, searched and stored in their order (results show
   * the first of each, a mail program's look-up every one); only the first phone is offered to
   * dial.
   */
  void contacts(List<Email> emails, List<Phone> phones, @Nullable String country) {
    health(!emails.isEmpty(), phones.stream().anyMatch(phone -> phone.e164() != null));
    emails.forEach(email -> text(EMAIL, email.address()));
    phones.forEach(phone -> phone(phone, country));
    contact(
        phones.isEmpty() ? null : phones.get(0), emails.isEmpty() ? null : emails.get(0).address());
    emails.stream().skip(1).forEach(email -> stored(IndexFields.STORED_EMAIL, email.address()));
    phones.stream().skip(1).forEach(this::storedPhone);
  }

  /** A text searched and shown as it is written. */
  void storedText(String field, String value) {
    document.add(new Field(field, value, STORED_TEXT));
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
  private void freshness(boolean stale) {
    facet(Facet.STALE, Boolean.toString(stale));
    if (stale) {
      stored(IndexFields.STORED_STALE, "true");
    } else {
      document.add(new FeatureField(IndexFields.FEATURES, IndexFields.FRESH, 1f));
    }
  }

  private void version(long version) {
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
      storedPhone(phone);
      if (phone.e164() != null) {
        // only a valid number is offered to dial: a number not valid as written may ring nobody
        stored(IndexFields.STORED_PHONE_DIAL, phone.e164());
      }
    }
    if (email != null) {
      stored(IndexFields.STORED_EMAIL, email);
    }
  }

  /** Whether the record has an e-mail address and a valid phone, as data health counts them. */
  void health(boolean email, boolean validPhone) {
    if (email) {
      keyword(IndexFields.HAS, IndexFields.HAS_EMAIL);
    }
    if (validPhone) {
      keyword(IndexFields.HAS, IndexFields.HAS_VALID_PHONE);
    }
  }

  /** A phone as written, and what it reaches as a value of its own in the same order. */
  private void storedPhone(Phone phone) {
    stored(IndexFields.STORED_PHONE, phone.raw());
    stored(IndexFields.STORED_PHONE_TYPE, phone.type().code());
  }

  void stored(String field, String value) {
    document.add(new StoredField(field, value));
  }

  /** The document, marked fresh or stale, with the record's version. */
  /** Marks a closed organisation: it carries no {@link IndexFields#ACTIVE} feature. */
  void closed() {
    closed = true;
    stored(IndexFields.STORED_CLOSED, "true");
  }

  Document build(boolean stale, long version) {
    if (!closed) {
      document.add(new FeatureField(IndexFields.FEATURES, IndexFields.ACTIVE, 1f));
    }
    freshness(stale);
    version(version);
    text.forEach(
        (field, joined) ->
            document.add(
                new Field(
                    field,
                    joined.toString(),
                    field.equals(IndexFields.PHONE) ? PHONE_DIGITS : TEXT)));
    return document;
  }

  private static FieldType textType(boolean stored, IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(options);
    type.setStored(stored);
    type.freeze();
    return type;
  }
}
