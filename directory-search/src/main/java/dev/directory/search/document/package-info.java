/**
 * The index's documents: one per organisation, person and position, with the fields search, facets,
 * duplicates and exports read, built from the records of the database.
 */
package dev.directory.search.document;
