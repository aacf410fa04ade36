/**
 * Flyway's Java migrations: the one that fills the history's field changes from their JSON, which
 * SQL alone could not do on both H2 and PostgreSQL.
 */
package db.migration;
