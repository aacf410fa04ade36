package dev.directory.core.inquiry;

import dev.directory.core.change.Writes;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.outbox.Outbox;
import dev.directory.core.outbox.OutboxMessage;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where press inquiries arrive and are worked on: routes a new one, stores it with its reasons and
 * the e-mail to its contact in one transaction, then answers; records each change staff make as a
 * step of its history.
 */
@Singleton
public class InquiryDesk {

  /** The longest note staff may add to a step. */
  public static final int NOTE = 4000;

  private static final char[] REFERENCE_LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final Inquiries inquiries;
  private final Outbox outbox;
  private final Organizations organizations;
  private final MissionOffices offices;
  private final People people;
  private final InquiryRecipients recipients;
  private final Writes writes;
  private final OfficeContacts contacts;
  private final InquiryMail mail;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  InquiryDesk(
      Inquiries inquiries,
      Outbox outbox,
      Organizations organizations,
      MissionOffices offices,
      People people,
      InquiryRecipients recipients,
      Writes writes,
      OfficeContacts contacts,
      InquiryMail mail) {
    this.inquiries = inquiries;
    this.outbox = outbox;
    this.organizations = organizations;
    this.offices = offices;
    this.people = people;
    this.recipients = recipients;
    this.writes = writes;
    this.contacts = contacts;
    this.mail = mail;
  }

  /**
   * What a journalist sends, checked.
   *
   * @param country the country they say it is about, when they say
   */
  public record NewInquiry(
      String name,
      @Nullable String outlet,
      String email,
      String subject,
      String message,
      @Nullable String country) {}

  /** A stored inquiry and how it was routed. */
  public record Receipt<R extends Routed>(Inquiry inquiry, R routing) {}

  /**
   * What staff change on an inquiry; each part left null stays as it is.
   *
   * @param office the mission office to hand it to
   * @param contact the person to hand it to (their office, when it is one, goes with them)
   */
  public record Change(
      @Nullable String office,
      @Nullable String contact,
      @Nullable String status,
      @Nullable String note) {}

  /**
   * Routes, stores and notifies; the inquiry is committed before this returns. It is routed holding
   * the writer lock, so that the office and contact it goes to are still there when it is stored.
   */
  public <R extends Routed> Receipt<R> receive(NewInquiry form, Function<NewInquiry, R> route) {
    return writes.inTransaction(() -> store(form, route.apply(form)));
  }

  private <R extends Routed> Receipt<R> store(NewInquiry form, R routing) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Inquiry inquiry =
        new Inquiry(
            reference(),
            now,
            form.name(),
            form.outlet(),
            form.email(),
            form.subject(),
            form.message(),
            routing.language(),
            form.country(),
            routing.officeId(),
            routing.contactId(),
            routing.inEveryLanguage(),
            InquiryStatus.NEW);
    inquiries.create(inquiry);
    outbox.add(notification(inquiry, now, null));
    writes.afterCommit(mail::sendSoon);
    return new Receipt<>(inquiry, routing);
  }

  /**
   * Applies staff's change as steps of the inquiry's history: a reassignment, a status, a note.
   *
   * @throws NotFound when no inquiry has the id
   * @throws Refused naming what is wrong with the change; nothing is stored
   */
  public Inquiry change(String id, Change change, @Nullable String actor) {
    return change(id, change, actor, changed -> changed);
  }

  /**
   * Applies the change, as {@link #change(String, Change, String)} does, and answers what {@code
   * answer} reads of it before the transaction ends: what was committed, never a later change.
   */
  public <T> T change(
      String id, Change change, @Nullable String actor, Function<Inquiry, T> answer) {
    return writes.inTransaction(() -> answer.apply(apply(id, change, actor)));
  }

  private Inquiry apply(String id, Change change, @Nullable String actor) {
    Inquiry current =
        inquiries.find(id).orElseThrow(() -> NotFound.of(ProblemCode.INQUIRY_NOT_FOUND, id));
    String note = note(change.note());
    InquiryStatus status =
        blank(change.status())
            ? null
            : Refused.reading("status", () -> InquiryStatus.parse(change.status()));
    Assignment assignment = assignment(current, change);
    if (assignment == null && status == null && note == null) {
      throw Refused.of(null, ProblemCode.NOTHING_TO_CHANGE);
    }
    Inquiry next;
    InquiryEvent.Kind kind;
    if (assignment != null) {
      InquiryStatus assigned =
          status != null
              ? status
              : current.status() == InquiryStatus.NEW ? InquiryStatus.ASSIGNED : current.status();
      next = current.withAssignment(assignment.officeId(), assignment.contactId(), assigned);
      kind = InquiryEvent.Kind.REASSIGNED;
    } else if (status != null && status != current.status()) {
      next = current.withAssignment(current.officeId(), current.contactId(), status);
      kind = InquiryEvent.Kind.STATUS;
    } else if (note != null) {
      next = current;
      kind = InquiryEvent.Kind.NOTE;
    } else {
      throw Refused.of("status", ProblemCode.ALREADY, status.code());
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    InquiryEvent step =
        new InquiryEvent(now, kind, next.status(), next.officeId(), next.contactId(), note, actor);
    inquiries.update(next, step);
    if (kind == InquiryEvent.Kind.REASSIGNED) {
      // the new contact is told, with the note that came with it
      outbox.add(notification(next, now, step));
      writes.afterCommit(mail::sendSoon);
    }
    return next;
  }

  private record Assignment(String officeId, @Nullable String contactId) {}

  /** The new office and contact, or null when the change does not move the inquiry. */
  private @Nullable Assignment assignment(Inquiry current, Change change) {
    if (blank(change.office()) && blank(change.contact())) {
      return null;
    }
    Person contact = null;
    if (!blank(change.contact())) {
      contact =
          people
              .find(change.contact().strip())
              .orElseThrow(
                  () ->
                      Refused.of(
                          "contact",
                          ProblemCode.REFERENCE_MISSING,
                          ProblemWord.PERSON,
                          change.contact().strip()));
    }
    String officeId;
    if (!blank(change.office())) {
      officeId = change.office().strip();
      if (offices.find(officeId).isEmpty()) {
        throw Refused.of(
            "office", ProblemCode.REFERENCE_MISSING, ProblemWord.MISSION_OFFICE, officeId);
      }
    } else if (offices.find(contact.organizationId()).isPresent()) {
      officeId = contact.organizationId();
    } else {
      officeId = current.officeId();
    }
    String contactId =
        contact != null ? contact.id() : contacts.pressContact(officeId).orElse(null);
    if (Objects.equals(officeId, current.officeId())
        && Objects.equals(contactId, current.contactId())) {
      return null;
    }
    return new Assignment(officeId, contactId);
  }

  private @Nullable String note(@Nullable String note) {
    if (blank(note)) {
      return null;
    }
    String stripped = note.strip();
    if (stripped.length() > NOTE) {
      throw Refused.of("note", ProblemCode.TEXT_TOO_LONG, stripped.length(), NOTE);
    }
    return stripped;
  }

  /**
   * The e-mail that tells the inquiry's contact (or office) about it; replies go to the journalist.
   */
  private OutboxMessage notification(
      Inquiry inquiry, Instant now, @Nullable InquiryEvent handedOver) {
    Person contact =
        inquiry.contactId() == null ? null : people.find(inquiry.contactId()).orElse(null);
    Organization office =
        inquiry.officeId() == null ? null : organizations.find(inquiry.officeId()).orElse(null);
    String recipient = recipients.of(inquiry, contact, office, LocalDate.now(clock));
    InquiryMail.Letter letter = mail.compose(inquiry, contact, office, handedOver);
    return OutboxMessage.draft(
        inquiry.id(), now, recipient, inquiry.email(), letter.subject(), letter.body());
  }

  /** "INQ-7K3M9P2X": short enough to read out on the phone, too many to guess. */
  private String reference() {
    StringBuilder reference = new StringBuilder("INQ-");
    for (int i = 0; i < 8; i++) {
      reference.append(REFERENCE_LETTERS[random.nextInt(REFERENCE_LETTERS.length)]);
    }
    return reference.toString();
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
