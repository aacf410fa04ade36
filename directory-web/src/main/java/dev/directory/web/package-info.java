/**
 * The composition root: the server and its commands, settings, the database and search wired as
 * beans, and what every answer carries (security headers, guarded connections).
 */
package dev.directory.web;
