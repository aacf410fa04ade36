/**
 * Uploads through the API and pages: kept, previewed with possible duplicates, mapped and
 * confirmed.
 */
package dev.directory.web.upload;
