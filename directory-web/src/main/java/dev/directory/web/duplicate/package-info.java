/**
 * Duplicates through the API and pages: the records a save or upload looks like, the list of likely
 * pairs, and "not the same".
 */
package dev.directory.web.duplicate;
