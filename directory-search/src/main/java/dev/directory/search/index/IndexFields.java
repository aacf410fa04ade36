package dev.directory.search.index;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The names of the index's fields and its one {@link FacetsConfig}: indexing and searching must
 * agree on both, so both use these.
 */
public final class IndexFields {

  /** Bumped whenever documents change shape; an index of another version is rebuilt. */
  public static final int SCHEMA_VERSION = 13;

  /** Exact id; also the last sort key, so that paging is stable. */
  public static final String ID = "id";

  /** {@link #RECORD_PERSON}, {@link #RECORD_ORGANIZATION} or {@link #RECORD_POSITION}. */
  public static final String RECORD = "record";

  public static final String VISIBILITY = "visibility";

  /**
   * What a record has, for the directory's data health: {@link #HAS_EMAIL}, {@link
   * #HAS_VALID_PHONE}, and {@link #HAS_NO_HOLDER} on a vacant position.
   */
  public static final String HAS = "has";

  public static final String HAS_EMAIL = "email";
  public static final String HAS_VALID_PHONE = "valid_phone";
  public static final String HAS_NO_HOLDER = "no_holder";

  /** Whole names, local names and aliases, folded, as single keywords. */
  public static final String EXACT = "exact";

  // Searched text, weighted in this order (see QueryFactory). NAME and TITLE are also stored:
  // results show them, highlighted.
  public static final String NAME = "name";
  public static final String ALIASES = "aliases";
  public static final String TITLE = "title";
  public static final String ROLE = "role";
  public static final String ORGANIZATION = "organization";
  public static final String PLACE = "place";
  public static final String TOPIC = "topic";
  public static final String NOTES = "notes";
  public static final String EMAIL = "email";

  /** Every suffix (4+ digits) of every digit form of every phone number. */
  public static final String PHONE = "phone";

  /** Names, titles, roles, organisations, places and topics together: for typos and prefixes. */
  public static final String ALL = "all";

  /** Every beginning of every word of names and aliases: for type-ahead. */
  public static final String SUGGEST = "suggest";

  public static final String NAME_SORT = "name_sort";

  /** The name again, as doc values: facet labels are read from it without stored fields. */
  public static final String NAME_LABEL = "name_label";

  // Stored only: what a result shows without going to the database.
  public static final String STORED_TYPE = "stored_type";
  public static final String STORED_ORGANIZATION_ID = "stored_organization_id";
  public static final String STORED_ORGANIZATION_NAME = "stored_organization_name";
  public static final String STORED_COUNTRY = "stored_country";
  public static final String STORED_CITY = "stored_city";

  /** An organisation's local name and aliases, joined with ", ", as results show them. */
  public static final String STORED_ALIASES = "stored_aliases";

  /** Every phone number as written, in the record's order: results show the first. */
  public static final String STORED_PHONE = "stored_phone";

  /** What each of {@link #STORED_PHONE} reaches, one value each in the same order. */
  public static final String STORED_PHONE_TYPE = "stored_phone_type";

  /** The first phone number in E.164, when it is a valid one: the one results offer to dial. */
  public static final String STORED_PHONE_DIAL = "stored_phone_dial";

  /** Every e-mail address, in the record's order: results show the first. */
  public static final String STORED_EMAIL = "stored_email";

  /** A person's given and family names, as a mail program's look-up gives them apart. */
  public static final String STORED_GIVEN_NAME = "stored_given_name";

  public static final String STORED_FAMILY_NAME = "stored_family_name";

  /** The names of the organisations above a person's, the top-level one first, one value each. */
  public static final String STORED_ORGANIZATION_PATH = "stored_organization_path";

  /** An organisation's former names, the latest first, joined with "; ". */
  public static final String STORED_FORMER_NAMES = "stored_former_names";

  /** "true" on a closed organisation's document. */
  public static final String STORED_CLOSED = "stored_closed";

  /** The names of the organisations that replaced a closed one. */
  public static final String STORED_SUCCESSORS = "stored_successors";

  /** "true" on a stale record's document. */
  public static final String STORED_STALE = "stored_stale";

  /** The record's version as the database held it when the document was made. */
  public static final String STORED_VERSION = "stored_version";

  /** Features that add to relevance: {@link #FRESH} on a record verified in time. */
  public static final String FEATURES = "features";

  public static final String FRESH = "fresh";

  /** A feature of every record but a closed organisation, which therefore ranks below. */
  public static final String ACTIVE = "active";

  /** The ids of a record's topics, one value each: which of them a search matched is shown. */
  public static final String STORED_TOPICS = "stored_topics";

  /** A position's holders today, one value each. */
  public static final String STORED_HELD_BY = "stored_held_by";

  public static final String RECORD_PERSON = "person";
  public static final String RECORD_ORGANIZATION = "organization";
  public static final String RECORD_POSITION = "position";

  private IndexFields() {}

  /** A new config with every facet dimension declared; share one per index. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet facet : Facet.values()) {
      config.setMultiValued(facet.dimension(), facet.multiValued());
    }
    return config;
  }
}
