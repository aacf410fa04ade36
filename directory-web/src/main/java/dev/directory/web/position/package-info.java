/** Positions through the API and pages, with who held them on a given day. */
package dev.directory.web.position;
