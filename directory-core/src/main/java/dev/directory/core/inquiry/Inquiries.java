package dev.directory.core.inquiry;

import dev.directory.core.inquiry.InquiryRows.EventRow;
import dev.directory.core.inquiry.InquiryRows.InquiryRow;
import dev.directory.core.storage.TextList;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Stores press inquiries and every step of their history. */
@Singleton
public class Inquiries {

  private final InquiryRepositories.Rows rows;
  private final InquiryRepositories.Events events;

  Inquiries(InquiryRepositories.Rows rows, InquiryRepositories.Events events) {
    this.rows = rows;
    this.events = events;
  }

  /** Stores a new inquiry and the first step of its history. Call inside a transaction. */
  public void create(Inquiry inquiry) {
    rows.save(row(inquiry));
    append(
        inquiry.id(),
        new InquiryEvent(
            inquiry.receivedAt(),
            InquiryEvent.Kind.RECEIVED,
            inquiry.status(),
            inquiry.officeId(),
            inquiry.contactId(),
            null,
            null));
  }

  /**
   * Stores what an inquiry became and the step that made it so. Call inside a transaction.
   *
   * @param changed the inquiry after the step (unchanged for a note)
   */
  public void update(Inquiry changed, InquiryEvent step) {
    rows.update(row(changed));
    append(changed.id(), step);
  }

  /** How many inquiries were routed to the office. */
  public long countFor(String officeId) {
    return rows.countByOfficeId(officeId);
  }

  /** How many inquiries went to the person as press contact. */
  public long countTo(String contactId) {
    return rows.countByContactId(contactId);
  }

  /** Hands the inquiries of a person merged into another, and their history, to that one. */
  public void moveContact(String from, String to) {
    rows.moveContact(from, to);
    events.moveContact(from, to);
  }

  /** Hands the inquiries of an office merged into another, and their history, to that one. */
  public void moveOffice(String from, String to) {
    rows.moveOffice(from, to);
    events.moveOffice(from, to);
  }

  /** The inquiries that went to the person. */
  public List<String> idsTo(String contactId) {
    return rows.idsByContact(contactId);
  }

  /** The inquiries that went to the office. */
  public List<String> idsFor(String officeId) {
    return rows.idsByOffice(officeId);
  }

  /** Hands one inquiry, and its history, back from one person to another (an undone merge). */
  public void moveContactOf(String inquiryId, String from, String to) {
    rows.moveContactOf(inquiryId, from, to);
    events.moveContactOf(inquiryId, from, to);
  }

  /** Hands one inquiry, and its history, back from one office to another (an undone merge). */
  public void moveOfficeOf(String inquiryId, String from, String to) {
    rows.moveOfficeOf(inquiryId, from, to);
    events.moveOfficeOf(inquiryId, from, to);
  }

  public Optional<Inquiry> find(String id) {
    return rows.findById(id).map(Inquiries::fromRow);
  }

  /** The inquiries with the status and office given (null for any), newest first. */
  public List<Inquiry> list(
      @Nullable InquiryStatus status, @Nullable String officeId, int limit, long offset) {
    return rows.list(code(status), officeId, limit, offset).stream()
        .map(Inquiries::fromRow)
        .toList();
  }

  public long count(@Nullable InquiryStatus status, @Nullable String officeId) {
    return rows.count(code(status), officeId);
  }

  /** The inquiry's steps, oldest first. */
  public List<InquiryEvent> history(String id) {
    return events.findByInquiryIdOrderById(id).stream()
        .map(
            row ->
                new InquiryEvent(
                    row.at(),
                    InquiryEvent.Kind.fromCode(row.kind()),
                    InquiryStatus.parse(row.status()),
                    row.officeId(),
                    row.contactId(),
                    row.note(),
                    row.actor()))
        .toList();
  }

  private void append(String inquiryId, InquiryEvent step) {
    events.save(
        new EventRow(
            null,
            inquiryId,
            step.at(),
            step.kind().code(),
            step.status().code(),
            step.officeId(),
            step.contactId(),
            step.note(),
            step.actor()));
  }

  private static @Nullable String code(@Nullable InquiryStatus status) {
    return status == null ? null : status.code();
  }

  private static InquiryRow row(Inquiry inquiry) {
    return new InquiryRow(
        inquiry.id(),
        inquiry.receivedAt(),
        inquiry.name(),
        inquiry.outlet(),
        inquiry.email(),
        inquiry.subject(),
        inquiry.message(),
        inquiry.language(),
        inquiry.country(),
        inquiry.officeId(),
        inquiry.contactId(),
        TextList.join(inquiry.reasons().en()),
        TextList.join(inquiry.reasons().es()),
        TextList.join(inquiry.reasons().fr()),
        inquiry.status().code());
  }

  private static Inquiry fromRow(InquiryRow row) {
    return new Inquiry(
        row.id(),
        row.receivedAt(),
        row.name(),
        row.outlet(),
        row.email(),
        row.subject(),
        row.message(),
        row.language(),
        row.country(),
        row.officeId(),
        row.contactId(),
        new Reasons(
            TextList.split(row.reasons()),
            TextList.split(row.reasonsEs()),
            TextList.split(row.reasonsFr())),
        InquiryStatus.parse(row.status()));
  }
}
