/**
 * The index's shape: field names, the facets and their one configuration, and the analysers
 * (folding, stemming in three languages, prefixes, phone digits).
 */
package dev.directory.search.index;
