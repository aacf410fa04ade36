/**
 * Text as the directory compares and shows it: folded names, characters no stored text may hold,
 * French elision.
 */
package dev.directory.core.text;
