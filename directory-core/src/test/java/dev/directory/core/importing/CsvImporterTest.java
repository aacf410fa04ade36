package dev.directory.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.contact.Phone;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MicronautTest(startApplication = false, transactional = false)
class CsvImporterTest {

  static final Path SEED = Path.of("..", "data");

  @Inject CsvImporter importer;
  @Inject Organizations organizations;
  @Inject MissionOffices offices;
  @Inject People people;
  @Inject ChangeLog changeLog;

  @TempDir Path dir;

  @BeforeEach
  void importSeed() throws Exception {
    importer.importFrom(SEED);
    try (Stream<Path> files = Files.list(SEED)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }

  @Test
  void importsTheWholeSeedNetwork() {
    assertEquals(12, organizations.count());
    assertEquals(3, people.count());
    assertEquals(
        List.of("Ministry of Internal Affairs"),
        organizations
            .ancestors(organizations.find("department-for-foreigners-and-migration").orElseThrow())
            .stream()
            .map(Organization::name)
            .toList());
    assertTrue(offices.find("iom").orElseThrow().coversAll());
    assertEquals("iom", offices.find("iom-chile").orElseThrow().fallbackOfficeId());
  }

  @Test
  void keepsTheAccentsOfNames() {
    assertEquals("Girón", people.find("norberto-giron").orElseThrow().familyName());
  }

  @Test
  void keepsThePressContactsPhoneAsWrittenAndFlagged() {
    Phone phone = people.find("sebastian-mathews").orElseThrow().phones().get(0);

    assertEquals("+56 02 9633710", phone.raw());
    assertFalse(phone.isValid());
  }

  @Test
  void importingTheSameFilesAgainChangesNothing() throws Exception {
    long before = changeLog.lastSeq();

    ImportResult again = importer.importFrom(SEED);

    assertEquals(0, again.changed());
    assertEquals(before, changeLog.lastSeq());
  }

  @Test
  void updatesARecordWhoseRowChanged() throws Exception {
    replace(
        "people.csv",
        "norberto-giron,Norberto,Girón,Chief of Mission",
        "norberto-giron,Norberto,Girón,Head of Office");

    ImportResult result = importer.importFrom(dir);

    assertEquals(1, result.changed());
    assertEquals("Head of Office", people.find("norberto-giron").orElseThrow().jobTitle());
    importer.importFrom(SEED);
  }

  @Test
  void refusesABadPhone() throws Exception {
    replace("people.csv", "work: +56 02 9633710", "work: call the office");

    assertRefused("people.csv:3:phones: “call the office” is not a phone number");
  }

  @Test
  void refusesAControlCharacterInACellNamingItsLineAndColumn() throws Exception {
    replace("people.csv", "norberto-giron,Norberto,Girón", "norberto-giron,Norb\u0000erto,Girón");

    assertRefused(
        "people.csv:2:given_name: holds a control character (U+0000), which text here cannot"
            + " hold; remove it (tabs and line breaks only where a field takes several lines)");
  }

  @Test
  void refusesATabInACellOfOneLine() throws Exception {
    replace("people.csv", "norberto-giron,Norberto,Girón", "norberto-giron,\"Nor\tberto\",Girón");

    assertRefused(
        "people.csv:2:given_name: holds a control character (U+0009), which text here cannot"
            + " hold; remove it (tabs and line breaks only where a field takes several lines)");
  }

  @Test
  void keepsTabsAndLineBreaksInNotes() throws Exception {
    replace(
        "people.csv",
        "counter-trafficking; migrants-rights,no,public,",
        "counter-trafficking; migrants-rights,no,public,\"Met in Arica.\n\tAsk for the unit.\"");

    importer.importFrom(dir);

    assertEquals(
        "Met in Arica.\n\tAsk for the unit.", people.find("norberto-giron").orElseThrow().notes());
    importer.importFrom(SEED);
  }

  @Test
  void refusesABadEmailAndStoresNothingElseOfTheRun() throws Exception {
    replace("people.csv", "Chief of Mission", "Head of Office");
    replace("people.csv", "work: iomsantiagopress@iom.int", "mathews@");

    assertRefused("people.csv:3:emails: “mathews@” is not an e-mail address");
    assertEquals("Chief of Mission", people.find("norberto-giron").orElseThrow().jobTitle());
  }

  @Test
  void refusesAnUnknownCountry() throws Exception {
    replace("organizations.csv", "MINSAL,,CL,", "MINSAL,,XX,");

    assertRefused(
        "organizations.csv:4:country: “XX” is not an ISO 3166-1 alpha-2 country code (such as CL"
            + " or FR)");
  }

  @Test
  void refusesAParentThatDoesNotExist() throws Exception {
    replace(
        "organizations.csv", "DEM,ministry-of-internal-affairs", "DEM,ministry-of-the-interior");

    assertRefused(
        "organizations.csv:6:parent_id: no organisation has the id “ministry-of-the-interior”");
  }

  @Test
  void refusesADuplicateId() throws Exception {
    append("people.csv", "norberto-giron,Norberto,Giron,,iom-chile,,,,,,no,public,\n");

    assertRefused("people.csv:5:id: duplicate id “norberto-giron”: already on line 2");
  }

  @Test
  void refusesAMalformedCsvLine() throws Exception {
    append("people.csv", "jane-roe,\"Jane,Roe,,iom-chile,,,,,,no,public,\n");

    ImportFailedException e = assertThrows(ImportFailedException.class, this::importDir);

    assertTrue(
        e.problems().get(0).toString().startsWith("people.csv:5: malformed CSV line"),
        e.getMessage());
  }

  @Test
  void refusesAFileWithoutARequiredColumn() throws Exception {
    Path people = dir.resolve("people.csv");
    List<String> lines = Files.readAllLines(people);
    Files.write(
        people, lines.stream().map(l -> l.replaceFirst("^([^,]*,[^,]*),[^,]*,", "$1,")).toList());

    assertRefused("people.csv:1:family_name: required column is missing from the header");
  }

  @Test
  void refusesAFileThatIsNotUtf8() throws Exception {
    Path people = dir.resolve("people.csv");
    String text = Files.readString(people, StandardCharsets.UTF_8);
    Files.writeString(people, text, StandardCharsets.ISO_8859_1);

    assertRefused("people.csv:2: the file is not UTF-8 (byte 0xF3); save it as “CSV UTF-8”");
  }

  @Test
  void refusesAnOfficeThatIsNotAMissionOffice() throws Exception {
    append("offices.csv", "minsal,CL,iom\n");

    assertRefused("offices.csv:4:organization_id: “minsal” is a ministry, not a mission_office");
  }

  @Test
  void keepsTheWorkingLanguagesOfAnOfficeWithEnglishAsTheDefault() throws Exception {
    withChileLanguages("es; en");

    importDir();

    assertEquals(List.of("es", "en"), offices.find("iom-chile").orElseThrow().languages());
    assertEquals("en", offices.find("iom").orElseThrow().workingLanguage());
  }

  @Test
  void refusesAWorkingLanguageThatIsNotACode() throws Exception {
    withChileLanguages("Spanish");

    assertRefused(
        "offices.csv:3:languages: “Spanish” is not an ISO 639-1 language code (such as es or fr)");
  }

  @Test
  void refusesAHierarchyThatLoops() throws Exception {
    replace(
        "organizations.csv",
        "ministry-of-internal-affairs,ministry,Ministry of Internal Affairs,Ministerio del Interior y"
            + " Seguridad Pública,Ministry of the Interior and Public Security,,",
        "ministry-of-internal-affairs,ministry,Ministry of Internal Affairs,Ministerio del Interior y"
            + " Seguridad Pública,Ministry of the Interior and Public Security,public-security-division,");

    ImportFailedException e = assertThrows(ImportFailedException.class, this::importDir);

    assertTrue(e.getMessage().contains("would be its own ancestor"), e.getMessage());
  }

  private void assertRefused(String expectedProblem) throws Exception {
    Snapshot before = snapshot();

    ImportFailedException e = assertThrows(ImportFailedException.class, this::importDir);

    assertEquals(expectedProblem, e.problems().get(0).toString(), e.getMessage());
    assertEquals(before, snapshot());
  }

  private void importDir() throws Exception {
    importer.importFrom(dir);
  }

  private record Snapshot(long lastSeq, Object organizations, List<Person> people) {}

  private Snapshot snapshot() {
    List<Person> everyone = new ArrayList<>();
    people.forEach(everyone::add);
    return new Snapshot(changeLog.lastSeq(), organizations.findAll(), everyone);
  }

  /** offices.csv with a languages column: IOM Chile's as given, headquarters' left empty. */
  private void withChileLanguages(String languages) throws IOException {
    replace(
        "offices.csv",
        "organization_id,coverage,fallback_office_id",
        "organization_id,coverage,fallback_office_id,languages");
    replace("offices.csv", "iom,*,\n", "iom,*,,\n");
    replace("offices.csv", "iom-chile,CL,iom", "iom-chile,CL,iom," + languages);
  }

  private void replace(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertTrue(text.contains(from), file + " should contain " + from);
    Files.writeString(path, text.replace(from, to));
  }

  private void append(String file, String line) throws IOException {
    Path path = dir.resolve(file);
    Files.writeString(path, Files.readString(path) + line);
  }
}
