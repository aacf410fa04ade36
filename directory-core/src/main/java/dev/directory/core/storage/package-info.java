/**
 * What every store shares: the database in use (H2 or PostgreSQL) and its migrations, list columns,
 * batches of ids and of inserted rows, backups of H2.
 */
package dev.directory.core.storage;
