/** Data health: what the index counts of the directory's records, by country. */
package dev.directory.search.quality;
