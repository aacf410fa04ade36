/**
 * The search index: one owner of Lucene's writer and searchers ({@code SearchIndex}), each commit
 * stamped with the change-log position it reflects, and the read-only view a command opens beside
 * the server.
 */
package dev.directory.search;
