package dev.directory.web.steward;

import dev.directory.core.steward.StewardQueue;
import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A steward's work: the reports waiting on their records, and their stale records, oldest first.
 *
 * @param stale the first {@value StewardQueue#LISTED}
 * @param staleCount how many of their records are stale
 */
@Serdeable
public record QueueView(
    String steward,
    List<Reported> reports,
    List<Stale> stale,
    long staleCount,
    int staleAfterMonths,
    List<Handover> handovers) {

  /**
   * An organisation they look after that closed, merged or split, and a successor of it that names
   * no steward yet.
   */
  @Serdeable
  public record Handover(Ref closed, Ref successor) {}

  /** A report with the record it is on. */
  @Serdeable
  public record Reported(Ref record, ReportView report) {}

  /**
   * A record due to be verified.
   *
   * @param type {@code person}, {@code organization} or {@code position}
   * @param verifiedOn YYYY-MM-DD; null when it never was
   */
  @Serdeable
  public record Stale(String type, Ref record, @Nullable String verifiedOn) {}

  static QueueView of(String steward, StewardQueue.Work work, int staleAfterMonths) {
    return new QueueView(
        steward,
        work.reports().stream()
            .map(
                r ->
                    new Reported(
                        Ref.of(r.report().kind(), r.report().recordId(), r.name()),
                        ReportView.of(r.report())))
            .toList(),
        work.stale().stream()
            .map(
                s ->
                    new Stale(
                        s.kind().code(),
                        Ref.of(s.kind(), s.id(), s.name()),
                        s.verifiedOn() == null ? null : s.verifiedOn().toString()))
            .toList(),
        work.staleCount(),
        staleAfterMonths,
        work.handovers().stream()
            .map(
                h ->
                    new Handover(
                        Ref.organization(h.closedId(), h.closedName()),
                        Ref.organization(h.successorId(), h.successorName())))
            .toList());
  }
}
