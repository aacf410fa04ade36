package dev.directory.web.record;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import dev.directory.core.engagement.Engagement;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.core.record.Values;
import dev.directory.core.topic.Topic;
import dev.directory.search.query.ResultType;
import dev.directory.web.freshness.FreshnessView;
import dev.directory.web.language.Labels;
import dev.directory.web.language.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The whole records the API returns, shaped for reading rather than for storage. */
public final class RecordViews {

  private RecordViews() {}

  @Serdeable
  public record PersonView(
      @Schema(pattern = Values.ID_PATTERN, maxLength = Values.ID_LENGTH) String id,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) String type,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) String name,
      @Schema(maxLength = Values.NAME) String givenName,
      @Schema(maxLength = Values.NAME) String familyName,
      @Schema(maxLength = Values.TITLE) @Nullable String title,
      Ref organization,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Ref> organizationPath,
      @ArraySchema(schema = @Schema(maxLength = Values.LABEL)) List<String> roles,
      List<EmailView> emails,
      List<PhoneView> phones,
      List<LabelView> languages,
      List<LabelView> topics,
      boolean pressContact,
      @Schema(allowableValues = {"public", "internal"}) String visibility,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable PlaceView place,
      @Nullable String notes,
      @Schema(
              accessMode = Schema.AccessMode.READ_ONLY,
              description = "The positions they hold or held, a holding each")
          List<HeldPosition> positions,
      FreshnessView freshness,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) String url,
      long version) {}

  /**
   * A person's holding of a position.
   *
   * @param from its first day (YYYY-MM-DD), or null when not known
   * @param to its last day, or null while it lasts
   * @param current whether they hold it today
   */
  @Serdeable
  public record HeldPosition(
      Ref position,
      @Schema(format = "date") @Nullable String from,
      @Schema(format = "date") @Nullable String to,
      boolean current) {}

  @Serdeable
  public record OrganizationView(
      @Schema(pattern = Values.ID_PATTERN, maxLength = Values.ID_LENGTH) String id,
      @Schema(
              allowableValues = {
                "ministry",
                "department",
                "municipal_service",
                "mission_office",
                "partner"
              })
          String type,
      @Schema(maxLength = Values.TITLE) String name,
      @Schema(maxLength = Values.TITLE) @Nullable String localName,
      @ArraySchema(schema = @Schema(maxLength = Values.LABEL)) List<String> aliases,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Ref> ancestors,
      @Nullable Ref parent,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Ref> children,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<PersonSummary> people,
      @Nullable PlaceView place,
      @Schema(format = "uri") @Nullable String website,
      @Nullable PhoneView phone,
      @Schema(format = "email") @Nullable String email,
      List<LabelView> topics,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable OfficeView office,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<EngagementView> engagements,
      @Nullable String notes,
      @Schema(allowableValues = {"active", "closed"}) String status,
      @ArraySchema(schema = @Schema(maxLength = Values.TITLE)) List<String> formerNames,
      List<Ref> successors,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY, format = "date") @Nullable String closedOn,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<PositionSummary> positions,
      @Schema(
              accessMode = Schema.AccessMode.READ_ONLY,
              format = "date",
              description = "The day the organisation is shown as it was; null for today")
          @Nullable
          String at,
      FreshnessView freshness,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) String url,
      long version) {

    /** "Ministry", "Department", …: what the type code stands for, in the reader's language. */
    public String typeLabel() {
      return Labels.type(ResultType.parse(type));
    }

    /** The language of the local name, when its words tell: "es" for "Ministerio de Salud". */
    public @Nullable String localLanguage() {
      return localName == null
          ? null
          : Labels.languageOfLocalName(localName, place == null ? null : place.country());
    }

    /** Whether the reader reads the local name's language: the page then shows it first. */
    public boolean localNameFirst() {
      return localName != null && Texts.language().code().equals(localLanguage());
    }
  }

  /** A mission office as the office list and the press page show it. */
  @Serdeable
  public record OfficeListing(
      Ref office,
      @Nullable PlaceView place,
      @Nullable PhoneView phone,
      @Nullable String email,
      OfficeView coverage,
      List<PersonView> pressContacts) {

    /**
     * The search of the records of the countries the office answers for, to keep as an address
     * book; empty for an office that answers for every country (the Directory book holds those).
     */
    public String bookSearch() {
      if (coverage.coversAll()) {
        return "";
      }
      return coverage.coverage().stream()
          .map(country -> "country=" + country.id())
          .collect(Collectors.joining("&"));
    }

    /** Headquarters, or the country the office is in, in the reader's language. */
    public String countryText() {
      if (coverage.coversAll()) {
        return Texts.t("offices.headquarters");
      }
      return place != null && place.countryName() != null
          ? place.countryName()
          : Texts.t("offices.regional");
    }
  }

  @Serdeable
  public record PersonSummary(
      String id, String name, @Nullable String title, boolean pressContact, String url) {}

  @Serdeable
  public record EmailView(String type, @Schema(format = "email") String address) {}

  /**
   * @param number as written; {@code e164} is set only when it is valid, else {@code issue} says
   *     why not
   */
  @Serdeable
  public record PhoneView(
      String type, String number, @Nullable String e164, @Nullable String issue, String dial) {}

  @Serdeable
  public record LabelView(String id, String label) {}

  @Serdeable
  public record PlaceView(
      @Nullable String country,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable String countryName,
      @Nullable String region,
      @Nullable String city) {

    /**
     * "Arica, Arica y Parinacota, Chile": what is known, the smallest place first, the city named
     * in the reader's language.
     */
    public String text() {
      return Stream.of(cityText(), region, countryName)
          .filter(Objects::nonNull)
          .collect(Collectors.joining(", "));
    }

    /** The city in the reader's language (Ginebra, Genève); null when not known. */
    public @Nullable String cityText() {
      return city == null ? null : Labels.city(country, city);
    }
  }

  @Serdeable
  public record OfficeView(
      boolean coversAll,
      List<LabelView> coverage,
      @Nullable Ref fallbackOffice,
      @Schema(description = "ISO 639-1 codes; its e-mails are written in the first")
          List<String> languages) {

    /** "Spanish, English" in the reader's language. */
    public String languagesText() {
      return languages.stream().map(Labels::language).collect(Collectors.joining(", "));
    }

    public String coverageText() {
      return coverage.stream().map(LabelView::label).collect(Collectors.joining(", "));
    }
  }

  @Serdeable
  public record EngagementView(
      String id,
      String kind,
      String title,
      @Nullable String period,
      List<String> places,
      List<String> figures,
      @Nullable String description) {}

  public static PersonSummary summary(Person person) {
    return new PersonSummary(
        person.id(),
        person.fullName(),
        person.jobTitle(),
        person.pressContact(),
        Ref.person(person.id(), person.fullName()).url());
  }

  public static Ref ref(Organization organization) {
    return Ref.organization(organization.id(), organization.name());
  }

  public static EmailView email(Email email) {
    return new EmailView(email.type().code(), email.address());
  }

  @Nullable
  public static PhoneView phone(@Nullable Phone phone) {
    if (phone == null) {
      return null;
    }
    return new PhoneView(
        phone.type().code(), phone.raw(), phone.e164(), phone.issue(), phone.dialable());
  }

  public static List<LabelView> topics(List<String> topicIds, Map<String, Topic> vocabulary) {
    return topicIds.stream()
        .map(
            id ->
                new LabelView(
                    id, vocabulary.containsKey(id) ? vocabulary.get(id).label(Texts.locale()) : id))
        .toList();
  }

  public static List<LabelView> languages(List<String> codes) {
    return codes.stream().map(code -> new LabelView(code, Labels.language(code))).toList();
  }

  @Nullable
  public static PlaceView place(Organization organization) {
    if (organization.country() == null
        && organization.region() == null
        && organization.city() == null) {
      return null;
    }
    return new PlaceView(
        organization.country(),
        organization.country() == null ? null : Labels.country(organization.country()),
        organization.region(),
        organization.city());
  }

  public static OfficeView office(MissionOffice office, @Nullable Organization fallback) {
    return new OfficeView(
        office.coversAll(),
        office.coverage().stream().map(code -> new LabelView(code, Labels.country(code))).toList(),
        fallback == null ? null : ref(fallback),
        office.languages());
  }

  public static EngagementView engagement(Engagement e) {
    return new EngagementView(
        e.id(), e.kind(), e.title(), e.period(), e.places(), e.figures(), e.description());
  }
}
