/** Pairs of records an editor said are not the same, never proposed as duplicates again. */
package dev.directory.core.duplicate;
