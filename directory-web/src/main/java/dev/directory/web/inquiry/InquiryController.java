package dev.directory.web.inquiry;

import dev.directory.core.inquiry.InquiryDesk;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.web.error.ApiError;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.limit.ClientAddresses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;

/**
 * {@code /api/inquiries}: journalists post inquiries (the one public route here); staff list the
 * queue, read an inquiry with its history, and change it.
 */
@Controller("/api/inquiries")
@Tag(name = "Inquiries")
@ExecuteOn(TaskExecutors.BLOCKING)
record InquiryController(
    InquiryIntake intake, InquiryDesk desk, InquiryViews views, ClientAddresses addresses) {

  static final int MAX_PAGE_SIZE = 200;

  /**
   * Sends a press inquiry. It is routed to the press contact of the mission office that answers for
   * it and stored before the answer; the answer says whom it went to, and why. Refused (400) with a
   * message naming each wrong field; 429 when one client sends too many in a minute.
   */
  @ExecuteOn(InquirySettings.RECEIVING)
  @SecurityRequirement(name = "") // public: journalists send inquiries without signing in
  @ApiResponse(
      responseCode = "201",
      description = "Received: the reference, the office and contact it went to, and why",
      content = @Content(schema = @Schema(implementation = InquiryViews.Receipt.class)))
  @ApiResponse(
      responseCode = "400",
      description = "A field is missing or wrong; the message names each",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(
      responseCode = "429",
      description = "Too many inquiries from this address in a minute; Retry-After says when",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Post
  HttpResponse<?> sendInquiry(@Body InquiryForm form, HttpRequest<?> request) {
    InquiryIntake.Outcome outcome = intake.submit(form, addresses.of(request));
    if (outcome instanceof InquiryIntake.Outcome.Received received) {
      return HttpResponse.created(InquiryViews.receipt(received.receipt()));
    }
    if (outcome instanceof InquiryIntake.Outcome.TooMany tooMany) {
      return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
          .header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds())
          .body(ApiError.of(tooMany.message(), "too_many_requests"));
    }
    var refused = (InquiryIntake.Outcome.Refused) outcome;
    return HttpResponse.badRequest(ApiError.refused(refused.message(), refused.problems()));
  }

  /** The queue, newest first: filter by status (new, assigned, answered, closed) and office. */
  @WrongValues
  @NotSignedIn
  @Get
  InquiryViews.Queue listInquiries(
      @Nullable
          @QueryValue
          @Parameter(schema = @Schema(allowableValues = {"new", "assigned", "answered", "closed"}))
          String status,
      @Nullable @QueryValue String office,
      @QueryValue(defaultValue = "1") @Parameter(schema = @Schema(minimum = "1", maximum = "10000"))
          int page,
      @QueryValue(defaultValue = "50") @Parameter(schema = @Schema(minimum = "1", maximum = "200"))
          int size) {
    checkPaging(page, size);
    return views.queue(status, office, page, size);
  }

  /** One inquiry: its text, routing reasons, history and the e-mails it caused. */
  @ApiResponse(
      responseCode = "404",
      description = "No inquiry has that reference",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @NotSignedIn
  @Get("/{id}")
  InquiryViews.Detail getInquiry(String id) {
    return views.detail(id).orElseThrow(() -> NotFound.of(ProblemCode.INQUIRY_NOT_FOUND, id));
  }

  /** What staff change: office, contact, status, a note; each a step of the history. */
  @Serdeable
  record ChangeBody(
      @Nullable String office,
      @Nullable String contact,
      @Schema(allowableValues = {"new", "assigned", "answered", "closed"}) @Nullable String status,
      @Schema(maxLength = InquiryDesk.NOTE) @Nullable String note) {}

  /**
   * Reassigns the inquiry (office and/or contact), changes its status or adds a note. Each is kept
   * in its history; a new contact is told by e-mail.
   */
  @WrongValues
  @ApiResponse(
      responseCode = "404",
      description = "No inquiry has that reference",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @NotSignedIn
  @Patch("/{id}")
  InquiryViews.Detail changeInquiry(String id, @Body ChangeBody body, Principal staff) {
    InquiryDesk.Change change =
        new InquiryDesk.Change(body.office(), body.contact(), body.status(), body.note());
    return desk.change(id, change, staff.getName(), changed -> getInquiry(id));
  }

  static void checkPaging(int page, int size) {
    if (page < 1 || page > 10_000) {
      throw Refused.of("page", ProblemCode.NUMBER_OUT_OF_RANGE, page, 1, 10_000);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw Refused.of("size", ProblemCode.NUMBER_OUT_OF_RANGE, size, 1, MAX_PAGE_SIZE);
    }
  }
}
