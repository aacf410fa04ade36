package dev.directory.core.inquiry;

import dev.directory.core.inquiry.InquiryRows.EventRow;
import dev.directory.core.inquiry.InquiryRows.InquiryRow;
import dev.directory.core.storage.TextList;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Stores press inquiries and the history of their status. */
@Singleton
public class Inquiries {

  private final InquiryRows.Rows rows;
  private final InquiryRows.Events events;

  Inquiries(InquiryRows.Rows rows, InquiryRows.Events events) {
    this.rows = rows;
    this.events = events;
  }

  /** Stores a new inquiry and the first step of its history. Call inside a transaction. */
  public void create(Inquiry inquiry) {
    rows.save(
        new InquiryRow(
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
            TextList.join(inquiry.reasons()),
            inquiry.status().code()));
    events.save(
        new EventRow(null, inquiry.id(), inquiry.receivedAt(), inquiry.status().code(), null));
  }

  public Optional<Inquiry> find(String id) {
    return rows.findById(id)
        .map(
            row ->
                new Inquiry(
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
                    TextList.split(row.reasons()),
                    InquiryStatus.fromCode(row.status())));
  }

  /** The inquiry's steps, oldest first. */
  public List<InquiryEvent> history(String id) {
    return events.findByInquiryIdOrderById(id).stream()
        .map(row -> new InquiryEvent(row.at(), InquiryStatus.fromCode(row.status()), row.note()))
        .toList();
  }
}
