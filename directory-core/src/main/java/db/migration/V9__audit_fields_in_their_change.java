package db.migration;

import dev.directory.core.audit.FieldChange;
import dev.directory.core.audit.FieldChanges;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves each change's field rows into one column of the change ({@link FieldChanges}), then drops
 * the field table. In Java because H2 and PostgreSQL have no common way to fold rows into text.
 */
public class V9__audit_fields_in_their_change extends BaseJavaMigration {

  private static final int BATCH = 1000;

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE record_change ADD COLUMN fields CHARACTER VARYING");
    }
    try (Statement read = connection.createStatement();
        ResultSet rows =
            read.executeQuery(
                "SELECT change_id, field, before_value, after_value FROM record_change_field"
                    + " ORDER BY change_id, id");
        PreparedStatement write =
            connection.prepareStatement("UPDATE record_change SET fields = ? WHERE id = ?")) {
      long changeId = -1;
      List<FieldChange> fields = new ArrayList<>();
      int pending = 0;
      while (rows.next()) {
        if (rows.getLong(1) != changeId) {
          pending += add(write, changeId, fields);
          changeId = rows.getLong(1);
          fields.clear();
        }
        fields.add(new FieldChange(rows.getString(2), rows.getString(3), rows.getString(4)));
        if (pending >= BATCH) {
          write.executeBatch();
          pending = 0;
        }
      }
      add(write, changeId, fields);
      write.executeBatch();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("UPDATE record_change SET fields = '' WHERE fields IS NULL");
      statement.execute("ALTER TABLE record_change ALTER COLUMN fields SET NOT NULL");
      statement.execute("DROP TABLE record_change_field");
    }
  }

  private static int add(PreparedStatement write, long changeId, List<FieldChange> fields)
      throws Exception {
    if (fields.isEmpty()) {
      return 0;
    }
    write.setString(1, FieldChanges.write(fields));
    write.setLong(2, changeId);
    write.addBatch();
    return 1;
  }
}
