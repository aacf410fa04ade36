/**
 * Searches a member of staff saved to keep: each an address book their phone or mail program syncs,
 * by its name and the query string of the search.
 */
package dev.directory.core.saved;
