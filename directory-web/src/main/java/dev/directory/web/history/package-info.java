/** A record's history as the API and pages show it, and the 409 that lists what changed since. */
package dev.directory.web.history;
