/**
 * Search: free text into weighted, typo-tolerant queries, facet counts that keep the other values
 * of a chosen facet, highlights, spelling and relaxations; exports stream every match.
 */
package dev.directory.search.query;
