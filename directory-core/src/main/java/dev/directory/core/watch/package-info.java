/**
 * Watches: a member of staff follows a record, an organisation with everything under it, or a
 * search; the change log is turned into each watch's events once, however many nodes run.
 */
package dev.directory.core.watch;
