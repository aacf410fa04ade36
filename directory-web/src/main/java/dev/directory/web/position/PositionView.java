package dev.directory.web.position;

import dev.directory.core.record.Values;
import dev.directory.web.freshness.FreshnessView;
import dev.directory.web.record.RecordViews.EmailView;
import dev.directory.web.record.RecordViews.PhoneView;
import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A position as the API and its page show it: its own contact points, every holding over time, and
 * who held it on the day asked for ({@code at}, today by default).
 */
@Serdeable
public record PositionView(
    @Schema(pattern = Values.ID_PATTERN, maxLength = Values.ID_LENGTH) String id,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) String type,
    @Schema(maxLength = Values.TITLE) String title,
    Ref organization,
    boolean pressContact,
    List<EmailView> emails,
    List<PhoneView> phones,
    @Schema(description = "Every holding, in the order given") List<HoldingView> holders,
    @Schema(
            accessMode = Schema.AccessMode.READ_ONLY,
            description = "Who held it on the day at: empty when it was vacant")
        List<Ref> heldBy,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY, format = "date") String at,
    @Nullable String notes,
    FreshnessView freshness,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) String url,
    long version) {

  public boolean vacant() {
    return heldBy.isEmpty();
  }

  /**
   * One person's holding of the position.
   *
   * @param from its first day (YYYY-MM-DD), or null when not known
   * @param to its last day, or null while it lasts
   * @param current whether it is held on the day asked for
   */
  @Serdeable
  public record HoldingView(
      Ref person,
      @Schema(format = "date") @Nullable String from,
      @Schema(format = "date") @Nullable String to,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) boolean current) {}
}
