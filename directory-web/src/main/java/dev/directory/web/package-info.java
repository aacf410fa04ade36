/**
 * The composition root: the server and its commands, the search library wired as beans, and what
 * every answer carries (security headers, guarded connections).
 */
package dev.directory.web;
