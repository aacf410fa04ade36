package dev.directory.core.problem;

import java.util.List;

/**
 * Every kind of problem the directory reports, with a stable code that clients and translations key
 * on and its English text, in which {@code {0}}, {@code {1}} … stand for the problem's arguments.
 */
public enum ProblemCode {
  REQUIRED("required", "a value is required"),
  REQUIRED_CHOICE("required_choice", "choose one of {0}"),
  ID_INVALID(
      "id.invalid",
      "“{0}” is not a valid id; use lower-case letters, digits and single hyphens, such as"
          + " iom-chile"),
  ID_TAKEN("id.taken", "“{0}” is taken; choose another id"),
  ID_CHANGED("id.changed", "an id cannot change: this record is “{0}”, not “{1}”"),
  ID_DUPLICATE("id.duplicate", "duplicate id “{0}”: already on line {1}"),
  TEXT_MULTILINE("text.multiline", "must be on one line"),
  TEXT_CONTROL(
      "text.control",
      "holds a control character ({0}), which text here cannot hold; remove it (tabs and line"
          + " breaks only where a field takes several lines)"),
  TEXT_BROKEN(
      "text.broken",
      "holds half of a character ({0}, a lone surrogate), which is not text; remove it or type the"
          + " character again"),
  TEXT_TOO_LONG("text.too_long", "is {0} characters long; at most {1} are allowed"),
  CHOICE_INVALID("choice.invalid", "“{0}” is not {1}; use one of {2}"),
  YES_NO_INVALID("yes_no.invalid", "“{0}” is not yes or no"),
  NUMBER_INVALID("number.invalid", "“{0}” is not a whole number"),
  NUMBER_OUT_OF_RANGE("number.out_of_range", "{0} is out of range; give {1} to {2}"),
  LANGUAGE_INVALID(
      "language.invalid", "“{0}” is not an ISO 639-1 language code (such as es or fr)"),
  COUNTRY_INVALID(
      "country.invalid", "“{0}” is not an ISO 3166-1 alpha-2 country code (such as CL or FR)"),
  COUNTRY_OR_NAME_INVALID(
      "country_or_name.invalid",
      "“{0}” is neither a country code (such as CL) nor a country’s name"),
  DATE_INVALID("date.invalid", "“{0}” is not a date written as YYYY-MM-DD"),
  DATE_ORDER("date.order", "ends ({0}) before it starts ({1})"),
  HOLDER_FORM(
      "holder.form",
      "“{0}” is not a holder: write a person’s id, then “from YYYY-MM-DD” or “to YYYY-MM-DD” or"
          + " both if known"),
  HOLDER_NOT_HOLDING("holder.not_holding", "“{0}” does not hold “{1}” now"),
  WEBSITE_INVALID(
      "website.invalid", "“{0}” is not a web address starting with http:// or https://"),
  EMAIL_INVALID("email.invalid", "“{0}” is not an e-mail address"),
  PHONE_INVALID("phone.invalid", "“{0}” is not a phone number"),
  REFERENCE_MISSING("reference.missing", "no {0} has the id “{1}”"),
  REFERENCE_KIND("reference.kind", "“{0}” is a {1}, not a {2}"),
  PARENT_SELF("parent.self", "an organisation cannot be its own parent"),
  PARENT_CYCLE("parent.cycle", "“{0}” would be its own ancestor: {1}"),
  FALLBACK_SELF("fallback.self", "an office cannot fall back to itself"),
  FIELD_UNKNOWN("field.unknown", "“{0}” is not a field here; the fields are {1}"),
  FIELD_SHAPE("field.shape", "give {0}"),
  VERSION_REQUIRED(
      "version.required", "give the version the change was made on (the record’s “version”)"),
  TOO_MANY_WORDS("words.too_many", "has {0} words; at most {1} are searched"),
  RESULT_WINDOW(
      "page.window",
      "{1} × {2} goes past the first {0} results; narrow the search instead of paging this deep"),
  FILTER_VALUES("filter.too_many", "may be given at most {0} times; got {1}"),
  FILE_NONE("file.none", "none of {0} is in this folder"),
  FOLDER_MISSING("folder.missing", "no such folder"),
  CSV_MALFORMED("csv.malformed", "malformed CSV line: {0}"),
  CSV_CELLS(
      "csv.cells",
      "this line has {0} cells but the header has {1} (is a value with a comma missing its quotes?)"),
  CSV_HEADER("csv.header", "the header line is not valid CSV: {0}"),
  CSV_COLUMN_UNKNOWN("csv.column_unknown", "unknown column; the columns of {0} are {1}"),
  CSV_COLUMN_TWICE("csv.column_twice", "this column appears twice in the header"),
  CSV_COLUMN_MISSING("csv.column_missing", "required column is missing from the header"),
  CSV_NOT_UTF8("csv.not_utf8", "the file is not UTF-8 (byte {0}); save it as “CSV UTF-8”"),
  MORE_PROBLEMS("problems.more", "{0} more problems not listed"),
  NOT_FOUND("not_found", "No {0} has the id “{1}”."),
  UPLOAD_NOT_FOUND(
      "upload.not_found", "No upload waits under “{0}”; it was applied, or is over a day old."),
  INQUIRY_NOT_FOUND("inquiry.not_found", "No inquiry has the reference “{0}”."),
  NOTHING_TO_CHANGE(
      "change.nothing", "Nothing to change: give an office, a contact, a status or a note."),
  ALREADY("change.already", "The inquiry is already {0}."),
  TOKEN_NOT_FOUND("token.not_found", "“{0}” has no token “{1}”."),
  SAVED_SEARCH_NOT_FOUND("saved_search.not_found", "“{0}” has no saved search “{1}”."),
  SAVED_SEARCHES_FULL(
      "saved_search.full", "Keep at most {0} saved searches: remove one before saving another."),
  WATCH_NOT_FOUND("watch.not_found", "“{0}” has no watch “{1}”."),
  WATCHES_FULL("watch.full", "Keep at most {0} watches: remove one before adding another."),
  WATCH_TOO_WIDE(
      "watch.too_wide",
      "This would follow {0} records; a watch follows at most {1}: narrow the search, or watch a"
          + " unit lower down."),
  WATCH_TARGET_MISSING(
      "watch.target_missing",
      "Say what to watch: “record” (an id), “organization” (an id) or “search” (a query string)."),
  WEBHOOK_NOT_FOUND("webhook.not_found", "No webhook has the id “{0}”."),
  WEBHOOK_URL_INVALID(
      "webhook.url_invalid",
      "“{0}” is not a web address: give one that begins http:// or https://."),
  WEBHOOK_EVENT_UNKNOWN(
      "webhook.event_unknown",
      "“{0}” is no event: use <kind>.<action> (person, organization or position; create, update,"
          + " delete, merge or verify), <kind>.* or *."),
  ACCOUNT_NOT_FOUND("account.not_found", "No account is called “{0}”."),
  STALE_VERSION(
      "version.stale",
      "“{0}” has changed since you opened it (version {1}, now {2}{3}); nothing was saved. Open it"
          + " again and reapply your change."),
  STILL_REFERRED("still_referred", "“{0}” still has {1}; move them to another organisation first."),
  STILL_NAMED("still_named", "“{0}” is named in {1}; hand them to someone else first."),
  WRITE_BUSY(
      "write.busy",
      "Other changes were being saved at the same moment, and this one could not be; nothing was"
          + " saved. Try again in a moment."),
  LAST_ADMIN(
      "account.last_admin", "“{0}” is the last enabled admin; make another account admin first."),
  USERNAME_INVALID(
      "username.invalid",
      "2 to 100 small letters, digits, dots, hyphens, underscores or @, starting with a letter or"
          + " digit"),
  PASSWORD_SHORT("password.short", "at least {0} characters"),
  PASSWORD_LONG("password.long", "at most {0} bytes (bcrypt reads no further)"),
  NAME_INVALID("name.invalid", "give a name of at most {0} characters"),
  UPLOAD_KIND(
      "upload.kind",
      "“{0}” is not a vCard file (.vcf), a workbook (.xlsx), a CSV file (.csv) or a .zip of CSV"
          + " files"),
  UPLOAD_UNREADABLE(
      "upload.unreadable",
      "cannot be read as {0}: it is damaged, or not such a file; open it and save it again as {0}"),
  UPLOAD_NO_CARD("upload.no_card", "holds no vCard (BEGIN:VCARD … END:VCARD)"),
  UPLOAD_TOO_BIG(
      "upload.too_big",
      "is {0} bytes; an upload takes at most {1}. Split it into several files, or bring it in with"
          + " the command-line import (java -jar directory-web.jar import FOLDER)."),
  UPLOAD_TOO_MANY_ROWS(
      "upload.too_many_rows",
      "holds more than {0} rows; an upload takes at most {0}. Split it into several files, or"
          + " bring it in with the command-line import (java -jar directory-web.jar import"
          + " FOLDER)."),
  UPLOAD_TOO_MANY_FILES(
      "upload.too_many_files",
      "holds more than {0} files; an upload takes at most {0}. Put fewer files in it."),
  UPLOAD_UNPACKS_TOO_LARGE(
      "upload.unpacks_too_large",
      "unpacks to more than {0} bytes; an upload takes at most {0}. Split it into several files,"
          + " or bring it in with the command-line import (java -jar directory-web.jar import"
          + " FOLDER)."),
  UPLOAD_EXPANSION(
      "upload.expansion",
      "unpacks to more than {0} times its own size, which no workbook or CSV file needs; open it"
          + " and save it again, or split it."),
  UPLOAD_SHARED_STRINGS(
      "upload.shared_strings",
      "keeps more than {0} different texts; an upload takes at most {0}. Split the workbook into"
          + " several."),
  UPLOAD_SHARED_TEXT(
      "upload.shared_text",
      "keeps more than {0} characters of text; an upload takes at most {0}. Split the workbook"
          + " into several, or shorten its longest cells."),
  UPLOAD_CSV_KIND(
      "upload.csv_kind",
      "cannot tell which records this file holds; name it as one of {0}, or give it their columns"),
  SHEET_UNKNOWN("sheet.unknown", "the sheet “{0}” is not one of {1}"),
  CARD_NO_NAME("card.no_name", "the card has no name (FN or N)"),
  ORGANIZATION_UNKNOWN(
      "organization.unknown",
      "the directory has no organisation called “{0}”; map it to one, or create it first"),
  ORGANIZATION_AMBIGUOUS(
      "organization.ambiguous",
      "“{0}” is the name of several organisations ({1}); map it to one of them"),
  MERGE_NOT_FOUND("merge.not_found", "“{0}” was not merged into another record."),
  MERGE_OFFICES(
      "merge.offices",
      "a mission office that the merge of “{0}” changed has changed since; undo the merge by hand"),
  MERGE_SELF("merge.self", "“{0}” cannot be merged into itself; give another record"),
  PAIR_SELF("pair.self", "“{0}” is the same record twice; give two different records"),
  PAIR_KINDS(
      "pair.kinds", "“{0}” and “{1}” are not of one kind; give two people or two organisations"),
  RECORD_MISSING("record.missing", "no person or organisation has the id “{0}”"),
  STEWARD_ROLE("steward.role", "“{0}” is a viewer; a steward must be an editor or an admin"),
  SUCCESSOR_SELF("successor.self", "an organisation cannot succeed itself"),
  CHANGE_KIND(
      "change.kind", "“{0}” is not a kind of change; use renamed, moved, merged, split or closed"),
  CHANGE_FUTURE("change.future", "{0} is in the future; record a change once it has happened"),
  CHANGE_ORDER(
      "change.order",
      "{0} is before the last change of this organisation, on {1}; record changes in the order"
          + " they happened"),
  CHANGE_BEFORE_CREATION(
      "change.before_creation", "{0} is before the organisation was created, on {1}"),
  CHANGE_CLOSED("change.closed", "“{0}” closed on {1}; a closed organisation changes no more"),
  CHANGE_NOTHING("change.nothing", "nothing would change: it is so already"),
  CHANGE_OFFICE_COVERS(
      "change.office_covers",
      "“{0}” still answers press inquiries for {1}; give it a fallback office first, or hand"
          + " its countries to another office"),
  CHANGE_TARGET_CLOSED("change.target_closed", "“{0}” has closed; choose an active organisation"),
  SPLIT_SUCCESSORS("split.successors", "a split needs at least two successors"),
  SPLIT_UNPLACED("split.unplaced", "say where “{0}” goes: one of {1}"),
  SPLIT_NOT_SUCCESSOR("split.not_successor", "“{0}” is not one of the successors: {1}"),
  CHANGE_NOT_FOUND("change.not_found", "“{1}” has no change {0} that can be undone"),
  UNDO_NOT_LAST(
      "undo.not_last", "only the last change can be undone; {0} was changed after it, on {1}"),
  UNDO_EDITED(
      "undo.edited",
      "“{0}” was edited after this change; undo that edit first, or change it by hand"),
  AT_BEFORE_CREATION("at.before_creation", "“{0}” did not exist yet on {1}; it began on {2}"),
  FORBIDDEN("forbidden", "{0}"),
  INVALID("invalid", "{0}");

  private final String code;
  private final String english;

  ProblemCode(String code, String english) {
    this.code = code;
    this.english = english;
  }

  public String code() {
    return code;
  }

  /** The English text with the arguments in their places. */
  public String english(List<String> args) {
    String text = english;
    for (int i = 0; i < args.size(); i++) {
      text = text.replace("{" + i + "}", args.get(i));
    }
    return text;
  }
}
