package dev.directory.search.bench;

import dev.directory.core.contact.Phone;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.core.text.Folding;
import dev.directory.search.index.Facet;
import dev.directory.search.query.SearchRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The naive alternative: one flat H2 table, words matched with {@code LIKE '%word%'} on folded
 * text, and each facet counted with its own {@code GROUP BY}. It cannot forgive typos: a word with
 * a typo simply finds less.
 */
final class NaiveH2 implements AutoCloseable {

  private static final List<String> DIMENSIONS =
      List.of("type", "country", "region", "city", "topic", "organization", "role", "language");

  private final Connection connection;
  private PreparedStatement insert;
  private int pending;

  NaiveH2(Path dir) throws SQLException {
    connection =
        DriverManager.getConnection(
            "jdbc:h2:file:" + dir.toAbsolutePath() + "/naive;CACHE_SIZE=65536", "sa", "");
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE doc (id VARCHAR(100) PRIMARY KEY, type VARCHAR(30), name VARCHAR(300),"
              + " name_sort VARCHAR(300), text VARCHAR(4000), phone VARCHAR(200), country CHAR(2),"
              + " region VARCHAR(200), city VARCHAR(200), topic VARCHAR(200),"
              + " organization VARCHAR(100), role VARCHAR(200), language VARCHAR(100))");
    }
    connection.setAutoCommit(false);
    insert = connection.prepareStatement("INSERT INTO doc VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  }

  void add(Organization o, List<Organization> ancestors) throws SQLException {
    String top = ancestors.isEmpty() ? o.id() : ancestors.get(0).id();
    row(
        o.id(),
        o.kind().code(),
        o.name(),
        o.name() + " " + names(ancestors) + " " + place(o),
        "",
        o,
        String.join("|", o.topicIds()),
        top,
        "",
        "");
  }

  void add(Person p, Organization o, List<Organization> ancestors) throws SQLException {
    String top = ancestors.isEmpty() ? o.id() : ancestors.get(0).id();
    StringBuilder phones = new StringBuilder();
    for (Phone phone : p.phones()) {
      phones.append(phone.dialable().replace("+", "")).append(' ');
    }
    row(
        p.id(),
        p.pressContact() ? "press_contact" : "person",
        p.fullName(),
        p.fullName()
            + " "
            + p.jobTitle()
            + " "
            + String.join(" ", p.roles())
            + " "
            + o.name()
            + " "
            + names(ancestors)
            + " "
            + place(o),
        phones.toString(),
        o,
        String.join("|", p.topicIds()),
        top,
        String.join("|", p.roles()),
        "|" + String.join("|", p.languages()) + "|");
  }

  private void row(
      String id,
      String type,
      String name,
      String text,
      String phone,
      Organization place,
      String topic,
      String top,
      String role,
      String language)
      throws SQLException {
    insert.setString(1, id);
    insert.setString(2, type);
    insert.setString(3, name);
    insert.setString(4, Folding.fold(name));
    insert.setString(5, Folding.fold(text));
    insert.setString(6, phone);
    insert.setString(7, place.country());
    insert.setString(8, place.region());
    insert.setString(9, place.city());
    insert.setString(10, topic);
    insert.setString(11, top);
    insert.setString(12, role);
    insert.setString(13, language);
    insert.addBatch();
    if (++pending == 5_000) {
      insert.executeBatch();
      connection.commit();
      pending = 0;
    }
  }

  void finishLoading() throws SQLException {
    insert.executeBatch();
    connection.commit();
    insert.close();
  }

  /** The page of 20 by name and one GROUP BY per facet, as a naive implementation would. */
  long search(SearchRequest request) throws SQLException {
    List<String> conditions = new ArrayList<>();
    List<String> parameters = new ArrayList<>();
    for (String word : Folding.fold(request.query()).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.chars().allMatch(Character::isDigit)) {
        conditions.add("phone LIKE ?");
      } else {
        conditions.add("text LIKE ?");
      }
      parameters.add("%" + word + "%");
    }
    for (Map.Entry<Facet, List<String>> filter : request.filters().entrySet()) {
      List<String> any = new ArrayList<>();
      for (String value : filter.getValue()) {
        if (filter.getKey().multiValued()) {
          any.add(filter.getKey().dimension() + " LIKE ?");
          parameters.add("%" + value + "%");
        } else {
          any.add(filter.getKey().dimension() + " = ?");
          parameters.add(value);
        }
      }
      conditions.add("(" + String.join(" OR ", any) + ")");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    long seen =
        count("SELECT id, name FROM doc" + where + " ORDER BY name_sort, id LIMIT 20", parameters);
    for (String dimension : DIMENSIONS) {
      seen +=
          count(
              "SELECT "
                  + dimension
                  + ", COUNT(*) c FROM doc"
                  + where
                  + " GROUP BY "
                  + dimension
                  + " ORDER BY c DESC LIMIT 50",
              parameters);
    }
    return seen;
  }

  private long count(String sql, List<String> parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setString(i + 1, parameters.get(i));
      }
      long rows = 0;
      try (ResultSet results = statement.executeQuery()) {
        while (results.next()) {
          rows++;
        }
      }
      return rows;
    }
  }

  private static String names(List<Organization> organizations) {
    StringBuilder names = new StringBuilder();
    organizations.forEach(o -> names.append(o.name()).append(' '));
    return names.toString();
  }

  private static String place(Organization o) {
    return o.country() + " " + o.region() + " " + o.city();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
