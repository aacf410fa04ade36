package dev.directory.web.inquiry;

import dev.directory.web.record.RecordViews.LabelView;
import dev.directory.web.record.RecordViews.OfficeListing;
import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/** The models of the press page and the staff's inquiry pages. */
public final class InquiryPageViews {

  private InquiryPageViews() {}

  /** The public press page: the inquiry form and every office's public press contacts. */
  public record PressView(
      List<OfficeListing> offices,
      InquiryForm form,
      Map<String, String> problems,
      List<LabelView> countries) {

    public @Nullable String problem(String field) {
      return problems.get(field);
    }
  }

  /** The staff queue, with the offices it can be filtered by. */
  public record QueueView(InquiryViews.Queue queue, List<Ref> offices) {}

  /** One inquiry, with what its change form offers. */
  public record InquiryView(
      InquiryViews.Detail detail,
      List<Ref> offices,
      List<ContactOption> contacts,
      @Nullable String problem) {}

  /** A press contact staff can hand an inquiry to, internal ones too. */
  public record ContactOption(String id, String label) {}
}
