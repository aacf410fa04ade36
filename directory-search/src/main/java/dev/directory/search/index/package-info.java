/**
 * The index's documents: field names, analysers (folding, stemming in three languages, prefixes,
 * phone digits) and one document per record.
 */
package dev.directory.search.index;
