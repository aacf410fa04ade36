package dev.directory.core.storage;

import java.util.Locale;

/**
 * The databases the directory keeps its records in: H2, embedded for one machine, and PostgreSQL
 * for an organisation's own server shared by several nodes. The same migrations and queries run on
 * both.
 */
public enum DatabaseKind {
  H2("jdbc:h2:", "org.h2.Driver"),
  POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver");

  private final String urlPrefix;
  private final String driver;

  DatabaseKind(String urlPrefix, String driver) {
    this.urlPrefix = urlPrefix;
    this.driver = driver;
  }

  public String driver() {
    return driver;
  }

  /**
   * The kind of database a JDBC URL names.
   *
   * @throws IllegalArgumentException naming the URL's scheme when it is neither
   */
  public static DatabaseKind of(String jdbcUrl) {
    for (DatabaseKind kind : values()) {
      if (jdbcUrl.toLowerCase(Locale.ROOT).startsWith(kind.urlPrefix)) {
        return kind;
      }
    }
    int schemeEnd = jdbcUrl.indexOf(':', "jdbc:".length());
    String scheme = schemeEnd < 0 ? jdbcUrl : jdbcUrl.substring(0, schemeEnd + 1);
    throw new IllegalArgumentException(
        "The database URL must start with “jdbc:postgresql:” (PostgreSQL) or “jdbc:h2:” (H2),"
            + " not “"
            + scheme
            + "”.");
  }
}
