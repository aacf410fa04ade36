package dev.directory.core.office;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.office.MissionOfficeRows.MissionOfficeRow;
import dev.directory.core.storage.TextList;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes the coverage and fallback of mission offices. */
@Singleton
public class MissionOffices {

  private final MissionOfficeRepositories.Rows rows;
  private final ChangeLog changeLog;

  MissionOffices(MissionOfficeRepositories.Rows rows, ChangeLog changeLog) {
    this.rows = rows;
    this.changeLog = changeLog;
  }

  public Optional<MissionOffice> find(String organizationId) {
    return rows.findById(organizationId).map(MissionOffices::fromRow);
  }

  /** How many offices fall back to this one. */
  public long countFallingBackTo(String officeId) {
    return rows.countByFallbackOfficeId(officeId);
  }

  public List<MissionOffice> findAll() {
    List<MissionOffice> all = new ArrayList<>();
    rows.findAll().forEach(row -> all.add(fromRow(row)));
    return all;
  }

  /**
   * Inserts or updates an office's coverage, logged as a change of its organisation. Call inside a
   * transaction, after the organisation itself is saved.
   *
   * @return whether anything was written
   */
  public boolean save(MissionOffice office) {
    Optional<MissionOffice> existing = find(office.organizationId());
    if (existing.isPresent() && existing.get().equals(office)) {
      return false;
    }
    MissionOfficeRow row =
        new MissionOfficeRow(
            office.organizationId(),
            office.coversAll(),
            TextList.join(office.coverage()),
            office.fallbackOfficeId(),
            TextList.join(office.languages()));
    if (existing.isPresent()) {
      rows.update(row);
    } else {
      rows.save(row);
    }
    changeLog.append(RecordKind.ORGANIZATION, office.organizationId());
    return true;
  }

  /**
   * Deletes what makes an organisation an office, logged as a change of it. Call inside a
   * transaction, once no office falls back to it.
   */
  public void delete(String organizationId) {
    if (rows.existsById(organizationId)) {
      rows.deleteById(organizationId);
      changeLog.append(RecordKind.ORGANIZATION, organizationId);
    }
  }

  private static MissionOffice fromRow(MissionOfficeRow row) {
    return new MissionOffice(
        row.organizationId(),
        row.coversAll(),
        TextList.split(row.coverage()),
        row.fallbackOfficeId(),
        TextList.split(row.languages()));
  }
}
