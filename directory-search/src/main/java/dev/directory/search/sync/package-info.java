/**
 * Keeps the index equal to the database: catches up from the change log, rebuilds when the index
 * cannot be trusted, and turns records stale as days pass.
 */
package dev.directory.search.sync;
