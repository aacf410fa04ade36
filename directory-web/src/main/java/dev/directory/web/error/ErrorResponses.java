package dev.directory.web.error;

import dev.directory.web.history.HistoryViews;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers many operations share, as the OpenAPI document lists them: one annotation on an
 * operation or a controller instead of the same response written again at each.
 */
public final class ErrorResponses {

  private ErrorResponses() {}

  /** 401: the operation needs a signed-in member of staff. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "401",
      description = "Not signed in",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public @interface NotSignedIn {}

  /** 403: the operation needs a role above a viewer's. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "403",
      description = "Your role may not do this",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public @interface NotForYourRole {}

  /** 400: the body or a parameter has wrong values, each problem naming its field. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "400",
      description = "Wrong values: the problems name each field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public @interface WrongValues {}

  /**
   * 409 on an edit: the record changed since the version the edit was made on (the answer says what
   * changed, and who), or something still refers to the record being deleted.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "409",
      description =
          "Changed since that version (the answer says what changed), or still referred to",
      content = @Content(schema = @Schema(implementation = HistoryViews.Conflict.class)))
  public @interface ChangedMeanwhile {}

  /** 404: no person has the id in the path. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "404",
      description = "No person has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public @interface NoSuchPerson {}

  /** 404: no organisation has the id in the path. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "404",
      description = "No organisation has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public @interface NoSuchOrganization {}

  /** 404: no position has the id in the path. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "404",
      description = "No position has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public @interface NoSuchPosition {}

  /** 404: no account has the id in the path. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "404",
      description = "No account has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public @interface NoSuchAccount {}
}
