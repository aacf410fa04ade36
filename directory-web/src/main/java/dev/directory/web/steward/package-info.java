/**
 * Stewards on the pages and the API: reports of outdated records, naming a steward, the queue, the
 * weekly digest's mail.
 */
package dev.directory.web.steward;
