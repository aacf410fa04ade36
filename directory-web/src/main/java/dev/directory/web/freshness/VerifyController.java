package dev.directory.web.freshness;

import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.Stewarding;
import dev.directory.core.freshness.VerifiedHow;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.web.error.ErrorResponses.ChangedMeanwhile;
import dev.directory.web.error.ErrorResponses.NoSuchOrganization;
import dev.directory.web.error.ErrorResponses.NoSuchPerson;
import dev.directory.web.error.ErrorResponses.NoSuchPosition;
import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.input.Versions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;

/** "Verify": a record found true today, without any other change (editors and admins). */
@Controller("/api")
@Tag(name = "Edits")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
record VerifyController(Stewarding stewarding, Freshness freshness) {

  /**
   * How the record was found true, on the version that was checked.
   *
   * @param how {@code phone}, {@code email} or {@code source}
   * @param version the version of the record that was checked
   */
  @Serdeable
  record Verifying(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"phone", "email", "source"})
          @Nullable
          String how,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long version) {}

  /** Records that the person was found true today; their history keeps it. */
  @WrongValues
  @ChangedMeanwhile
  @NoSuchPerson
  @Post("/people/{id}/verify")
  FreshnessView verifyPerson(String id, @Body Verifying verifying, Principal editor) {
    return verify(RecordKind.PERSON, id, verifying, editor);
  }

  /** Records that the organisation was found true today; its history keeps it. */
  @WrongValues
  @ChangedMeanwhile
  @NoSuchOrganization
  @Post("/organizations/{id}/verify")
  FreshnessView verifyOrganization(String id, @Body Verifying verifying, Principal editor) {
    return verify(RecordKind.ORGANIZATION, id, verifying, editor);
  }

  /** Records that the position was found true today; its history keeps it. */
  @WrongValues
  @ChangedMeanwhile
  @NoSuchPosition
  @Post("/positions/{id}/verify")
  FreshnessView verifyPosition(String id, @Body Verifying verifying, Principal editor) {
    return verify(RecordKind.POSITION, id, verifying, editor);
  }

  private FreshnessView verify(RecordKind kind, String id, Verifying verifying, Principal editor) {
    long version = Versions.of(verifying.version());
    VerifiedHow how = how(verifying.how());
    return stewarding.verify(
        kind, id, version, how, editor.getName(), () -> freshness.of(kind, id));
  }

  /** How a record was verified, as a form or body gives it. */
  public static VerifiedHow how(@Nullable String written) {
    if (written == null || written.isBlank()) {
      throw Refused.of("how", ProblemCode.REQUIRED);
    }
    return Refused.reading("how", () -> VerifiedHow.parse(written));
  }
}
