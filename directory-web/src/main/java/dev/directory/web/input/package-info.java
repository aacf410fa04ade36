/**
 * Input refused before it is read: control characters anywhere, and JSON values of another type
 * than the served document says; the version an edit was made on.
 */
package dev.directory.web.input;
