/**
 * Input refused before it is read: control characters anywhere, and JSON values of another type
 * than the served document says.
 */
package dev.directory.web.input;
