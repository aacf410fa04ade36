package dev.directory.core.importing;

import dev.directory.core.contact.Phone;
import dev.directory.core.person.Person;
import dev.directory.core.person.PersonField;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.TooLarge;
import dev.directory.core.text.Folding;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The people of a vCard file (2.1, 3.0 or 4.0, one card or many, as Outlook, Google Contacts and
 * phones export them, read by ez-vcard) as rows of {@code people.csv}: the name from N (or FN), the
 * title, each e-mail and phone with its type, the note, and the organisation of ORG as the
 * directory knows it. A card without a name, or whose organisation the directory does not know (or
 * knows several of), is a problem on the card's first line. A card whose UID is that of a stored
 * person's card (as the directory exports them) updates that person: what the card carries is taken
 * from it, the rest stays as stored. Cards of organisations and positions are left out.
 */
final class VCardRows {

  private static final List<String> HEADER =
      List.of(
          "id",
          "given_name",
          "family_name",
          "job_title",
          "organization_id",
          "roles",
          "emails",
          "phones",
          "languages",
          "topics",
          "press_contact",
          "visibility",
          "notes");

  private final List<List<String>> rows = new ArrayList<>();
  private final List<Long> cardStarts = new ArrayList<>();
  private final Map<Long, Long> cardLines = new HashMap<>();

  private VCardRows() {}

  /**
   * @throws TooLarge for more cards than an upload takes, counted before any is read
   */
  static VCardRows read(
      Upload upload,
      OrganizationNames names,
      PersonIds ids,
      Problems problems,
      UploadLimits limits) {
    VCardRows read = new VCardRows();
    String text = new String(upload.content(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<Long> starts = starts(text);
    if (starts.size() > limits.maxRows()) {
      throw TooLarge.of(upload.name(), ProblemCode.UPLOAD_TOO_MANY_ROWS, limits.maxRows());
    }
    List<VCard> cards = Ezvcard.parse(text).all();
    if (cards.isEmpty()) {
      problems.add(upload.name(), 0, null, ProblemCode.UPLOAD_NO_CARD);
    }
    Set<String> given = new HashSet<>();
    for (int c = 0; c < cards.size(); c++) {
      long line = c < starts.size() ? starts.get(c) : 0;
      read.card(cards.get(c), line, upload, names, ids, given, problems);
    }
    return read;
  }

  private void card(
      VCard card,
      long line,
      Upload upload,
      OrganizationNames names,
      PersonIds ids,
      Set<String> given,
      Problems problems) {
    if (card.getKind() != null && !card.getKind().isIndividual()) {
      return; // an organisation's or a position's own card: the directory reads people from cards
    }
    String[] name = name(card);
    if (name == null) {
      problems.add(upload.name(), line, "given_name", ProblemCode.CARD_NO_NAME);
      return;
    }
    Person stored =
        card.getUid() == null || card.getUid().getValue() == null
            ? null
            : ids.withCardUid(card.getUid().getValue().strip()).orElse(null);
    Map<String, String> cells = new HashMap<>();
    if (stored != null) {
      // what a card does not carry (roles, languages, press contact…) stays as it is stored
      cells.putAll(PersonField.cells(stored));
    } else {
      String organization = organization(card, line, upload, names, problems);
      if (organization == null) {
        return; // its organisation is the problem; the card is not read further
      }
      cells.put("id", id(name[0] + " " + name[1], ids, given));
      cells.put("organization_id", organization);
      cells.put("press_contact", "no");
      cells.put("visibility", "internal");
    }
    List<String> emails = new ArrayList<>();
    for (Email email : card.getEmails()) {
      boolean personal = email.getTypes().contains(EmailType.HOME);
      emails.add((personal ? "personal: " : "work: ") + email.getValue().replace(";", " "));
    }
    List<String> phones = new ArrayList<>();
    for (Telephone telephone : card.getTelephoneNumbers()) {
      String number =
          telephone.getText() != null
              ? telephone.getText()
              : telephone.getUri() == null ? null : telephone.getUri().getNumber();
      if (number != null && !number.isBlank()) {
        phones.add(phone(phoneType(telephone), number.replace(";", " "), stored));
      }
    }
    cells.put("given_name", name[0]);
    cells.put("family_name", name[1]);
    cells.put("job_title", card.getTitles().isEmpty() ? null : card.getTitles().get(0).getValue());
    cells.put("emails", String.join("; ", emails));
    cells.put("phones", String.join("; ", phones));
    cells.put("notes", card.getNotes().isEmpty() ? null : card.getNotes().get(0).getValue());
    rows.add(
        HEADER.stream().map(column -> Objects.requireNonNullElse(cells.get(column), "")).toList());
    cardStarts.add(line);
  }

  /**
   * A phone of a card as a cell's item: as the stored person has it written when it is the same
   * number (a card gives it as {@code tel:+56229633710}), so that an unchanged card changes
   * nothing.
   */
  private static String phone(String type, String number, @Nullable Person stored) {
    if (stored != null) {
      for (Phone known : stored.phones()) {
        if (number.equals(known.e164()) || number.equals(known.raw())) {
          return known.type().code() + ": " + known.raw();
        }
      }
    }
    return type + ": " + number;
  }

  /** Given and family name, from N, else FN split at its last word; null when the card has none. */
  private static String[] name(VCard card) {
    StructuredName structured = card.getStructuredName();
    if (structured != null && structured.getFamily() != null && !structured.getFamily().isBlank()) {
      List<String> givens = new ArrayList<>();
      if (structured.getGiven() != null && !structured.getGiven().isBlank()) {
        givens.add(structured.getGiven().strip());
      }
      structured.getAdditionalNames().stream()
          .filter(n -> n != null && !n.isBlank())
          .forEach(n -> givens.add(n.strip()));
      return new String[] {String.join(" ", givens), structured.getFamily().strip()};
    }
    FormattedName formatted = card.getFormattedName();
    String full = formatted == null || formatted.getValue() == null ? "" : formatted.getValue();
    full = full.strip().replaceAll("\\s+", " ");
    if (full.isEmpty()) {
      return null;
    }
    int space = full.lastIndexOf(' ');
    return space < 0
        ? new String[] {"", full}
        : new String[] {full.substring(0, space), full.substring(space + 1)};
  }

  /**
   * The directory's id of the card's organisation, as mapped or as its only namesake; empty when
   * the card names none (the check then says one is required), null when the name is a problem.
   */
  private static String organization(
      VCard card, long line, Upload upload, OrganizationNames names, Problems problems) {
    String written =
        card.getOrganization() == null || card.getOrganization().getValues().isEmpty()
            ? ""
            : card.getOrganization().getValues().get(0).strip();
    if (written.isEmpty()) {
      return "";
    }
    String mapped = upload.organizations().get(written);
    if (mapped != null && !mapped.isBlank()) {
      return mapped.strip();
    }
    List<String> found = names.ids(written);
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      problems.add(
          upload.name(), line, "organization_id", ProblemCode.ORGANIZATION_UNKNOWN, written);
    } else {
      problems.add(
          upload.name(),
          line,
          "organization_id",
          ProblemCode.ORGANIZATION_AMBIGUOUS,
          written,
          String.join(", ", found));
    }
    return null;
  }

  private static String phoneType(Telephone telephone) {
    if (telephone.getTypes().contains(TelephoneType.FAX)) {
      return "fax";
    }
    return telephone.getTypes().contains(TelephoneType.CELL) ? "mobile" : "work";
  }

  /** A readable id from the name ("maria-elena-santos"), numbered when taken. */
  private static String id(String name, PersonIds ids, Set<String> given) {
    String slug = Folding.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      slug = "person";
    }
    if (slug.length() > 90) {
      slug = slug.substring(0, 90).replaceAll("-+$", "");
    }
    String id = slug;
    for (int n = 2; ids.taken(id) || !given.add(id); n++) {
      id = slug + "-" + n;
    }
    return id;
  }

  /** The line each card begins on, in order. */
  private static List<Long> starts(String text) {
    List<Long> starts = new ArrayList<>();
    long line = 1;
    for (String each : text.split("\r\n|\r|\n", -1)) {
      if (each.strip().equalsIgnoreCase("BEGIN:VCARD")) {
        starts.add(line);
      }
      line++;
    }
    return starts;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  Map<Long, Long> cardLines() {
    return cardLines;
  }

  byte[] csv() throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(HEADER);
      long csvLine = 2;
      for (int r = 0; r < rows.size(); r++) {
        printer.printRecord(rows.get(r));
        cardLines.put(csvLine, cardStarts.get(r));
        for (String cell : rows.get(r)) {
          csvLine += cell.chars().filter(ch -> ch == '\n').count();
        }
        csvLine++;
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
