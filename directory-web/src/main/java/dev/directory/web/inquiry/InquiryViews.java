package dev.directory.web.inquiry;

import dev.directory.core.inquiry.Inquiries;
import dev.directory.core.inquiry.Inquiry;
import dev.directory.core.inquiry.InquiryDesk;
import dev.directory.core.inquiry.InquiryEvent;
import dev.directory.core.inquiry.InquiryStatus;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.outbox.Outbox;
import dev.directory.core.outbox.OutboxMessage;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.problem.Refused;
import dev.directory.search.routing.Routing;
import dev.directory.web.language.Labels;
import dev.directory.web.language.Texts;
import dev.directory.web.language.Times;
import dev.directory.web.mail.MailSettings;
import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Inquiries as the API and the pages show them, with the names of their offices and contacts. */
@Singleton
public final class InquiryViews {

  /** What a journalist is told: whom the inquiry went to, and why. */
  @Serdeable
  public record Receipt(
      String id, @Nullable OfficeRef office, @Nullable ContactRef contact, List<String> reasons) {}

  @Serdeable
  public record OfficeRef(String id, String name) {}

  /** A press contact's public work details. */
  @Serdeable
  public record ContactRef(
      String id, String name, @Nullable String email, @Nullable String phone) {}

  /** One page of the queue, with the count of each status under the same office filter. */
  @Serdeable
  public record Queue(
      long total,
      int page,
      int size,
      @Nullable String status,
      @Nullable String office,
      Map<String, Long> counts,
      List<Summary> inquiries) {

    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  @Serdeable
  public record Summary(
      String id,
      Instant receivedAt,
      String name,
      @Nullable String outlet,
      String email,
      String subject,
      @Nullable String language,
      @Nullable String country,
      @Nullable Ref office,
      @Nullable Ref contact,
      String status,
      String url) {

    public String countryName() {
      return country == null ? "" : Labels.country(country);
    }

    public String languageName() {
      return language == null ? "" : Labels.language(language);
    }

    public String received() {
      return Times.local(receivedAt);
    }
  }

  @Serdeable
  public record Detail(
      Summary inquiry,
      String message,
      List<String> reasons,
      List<Step> history,
      List<Delivery> emails) {}

  @Serdeable
  public record Step(
      Instant at,
      String kind,
      String status,
      @Nullable Ref office,
      @Nullable Ref contact,
      @Nullable String note,
      @Nullable String actor) {

    public String when() {
      return Times.local(at);
    }
  }

  /**
   * An e-mail the inquiry caused, and whether it has left.
   *
   * @param state where it stands, in words for staff
   */
  @Serdeable
  public record Delivery(
      @Nullable String recipient,
      String subject,
      String status,
      String state,
      int attempts,
      Instant nextAttemptAt,
      @Nullable Instant sentAt,
      @Nullable String lastError) {}

  private final Inquiries inquiries;
  private final Outbox outbox;
  private final Organizations organizations;
  private final People people;
  private final MailSettings mail;

  InquiryViews(
      Inquiries inquiries,
      Outbox outbox,
      Organizations organizations,
      People people,
      MailSettings mail) {
    this.mail = mail;
    this.inquiries = inquiries;
    this.outbox = outbox;
    this.organizations = organizations;
    this.people = people;
  }

  static Receipt receipt(InquiryDesk.Receipt<Routing> receipt) {
    Routing routing = receipt.routing();
    return new Receipt(
        receipt.inquiry().id(),
        routing.office() == null
            ? null
            : new OfficeRef(routing.office().id(), routing.office().name()),
        routing.contact() == null
            ? null
            : new ContactRef(
                routing.contact().id(),
                routing.contact().name(),
                routing.contact().email(),
                routing.contact().phone()),
        routing.reasons(Texts.locale()));
  }

  /**
   * @throws Refused naming a status that is not one
   */
  public Queue queue(@Nullable String status, @Nullable String office, int page, int size) {
    InquiryStatus filter =
        blank(status) ? null : Refused.reading("status", () -> InquiryStatus.parse(status));
    String officeId = blank(office) ? null : office.strip();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (InquiryStatus each : InquiryStatus.values()) {
      counts.put(each.code(), inquiries.count(each, officeId));
    }
    long total =
        filter == null
            ? counts.values().stream().mapToLong(Long::longValue).sum()
            : counts.get(filter.code());
    List<Inquiry> found = inquiries.list(filter, officeId, size, (long) (page - 1) * size);
    Names names = names(found.stream().flatMap(i -> ids(i.officeId(), i.contactId())).toList());
    return new Queue(
        total,
        page,
        size,
        filter == null ? null : filter.code(),
        officeId,
        counts,
        found.stream().map(inquiry -> summary(inquiry, names)).toList());
  }

  public Optional<Detail> detail(String id) {
    return inquiries.find(id).map(this::detail);
  }

  Detail detail(Inquiry inquiry) {
    List<InquiryEvent> history = inquiries.history(inquiry.id());
    List<String> ids = new ArrayList<>(ids(inquiry.officeId(), inquiry.contactId()).toList());
    history.forEach(step -> ids.addAll(ids(step.officeId(), step.contactId()).toList()));
    Names names = names(ids);
    return new Detail(
        summary(inquiry, names),
        inquiry.message(),
        inquiry.reasons().in(Texts.locale()),
        history.stream()
            .map(
                step ->
                    new Step(
                        step.at(),
                        step.kind().code(),
                        step.status().code(),
                        names.office(step.officeId()),
                        names.person(step.contactId()),
                        step.note(),
                        step.actor()))
            .toList(),
        outbox.forInquiry(inquiry.id()).stream().map(this::delivery).toList());
  }

  private static Summary summary(Inquiry inquiry, Names names) {
    return new Summary(
        inquiry.id(),
        inquiry.receivedAt(),
        inquiry.name(),
        inquiry.outlet(),
        inquiry.email(),
        inquiry.subject(),
        inquiry.language(),
        inquiry.country(),
        names.office(inquiry.officeId()),
        names.person(inquiry.contactId()),
        inquiry.status().code(),
        "/inquiries/" + inquiry.id());
  }

  private Delivery delivery(OutboxMessage message) {
    return new Delivery(
        message.recipient(),
        message.subject(),
        message.status().code(),
        state(message),
        message.attempts(),
        message.nextAttemptAt(),
        message.sentAt(),
        message.lastError());
  }

  private String state(OutboxMessage message) {
    return switch (message.status()) {
      case SENT -> Texts.t("email.sent", Times.local(message.sentAt()));
      case FAILED -> Texts.t("email.failed", message.attempts());
      case UNADDRESSED -> Texts.t("email.unaddressed");
      case PENDING ->
          !mail.configured()
              ? Texts.t("email.kept")
              : message.attempts() == 0
                  ? Texts.t("email.waiting")
                  : Texts.t(
                      "email.retrying", message.attempts(), Times.local(message.nextAttemptAt()));
    };
  }

  /** The names of the offices and people some inquiries point at, looked up in two queries. */
  private record Names(Map<String, String> organizations, Map<String, String> people) {

    @Nullable
    Ref office(@Nullable String id) {
      return id == null ? null : Ref.organization(id, organizations.getOrDefault(id, id));
    }

    @Nullable
    Ref person(@Nullable String id) {
      return id == null ? null : Ref.person(id, people.getOrDefault(id, id));
    }
  }

  private Names names(Collection<String> ids) {
    List<String> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
    return new Names(
        organizations.findAll(distinct).stream()
            .collect(Collectors.toMap(Organization::id, Organization::name)),
        people.findAll(distinct).stream().collect(Collectors.toMap(Person::id, Person::fullName)));
  }

  private static Stream<String> ids(@Nullable String officeId, @Nullable String contactId) {
    return Stream.of(officeId, contactId).filter(Objects::nonNull);
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
