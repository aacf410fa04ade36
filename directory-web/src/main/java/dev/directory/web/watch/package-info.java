/**
 * Watches: {@code /api/watches} and the "Watch" buttons, the change log turned into each watch's
 * events ({@code WatchFollower}), a private Atom feed per watch and the daily or weekly digest.
 */
package dev.directory.web.watch;
