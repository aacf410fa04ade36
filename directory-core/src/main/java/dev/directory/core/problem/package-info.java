/**
 * What the domain refuses and why: problems with a field, a stable code and arguments, and the
 * refusals (wrong values, not found, conflict, forbidden, too large) the web answers by status.
 */
package dev.directory.core.problem;
