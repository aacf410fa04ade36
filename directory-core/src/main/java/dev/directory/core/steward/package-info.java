/**
 * Who looks after a record (its steward, else its country's office's editors), "Report outdated",
 * the steward's queue and weekly digest.
 */
package dev.directory.core.steward;
