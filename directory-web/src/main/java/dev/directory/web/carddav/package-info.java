/**
 * The directory as address books that phones and mail clients keep in sync (CardDAV, RFC 6352,
 * read-only, with RFC 6578's sync-collection): each member of staff's books, their members as the
 * search index gives them, the cards written a batch at a time while they are sent.
 */
package dev.directory.web.carddav;
