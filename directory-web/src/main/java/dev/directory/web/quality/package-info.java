/**
 * Data health: {@code /quality} and {@code /api/quality}, how complete and how current the
 * directory is, for the whole of it and each mission office.
 */
package dev.directory.web.quality;
