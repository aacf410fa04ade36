/**
 * The change log that every write appends to in its own transaction, and {@code Writes}, the one
 * way to write: the log's lock first, retries when the database gives up, {@code 409} when it keeps
 * doing so.
 */
package dev.directory.core.change;
