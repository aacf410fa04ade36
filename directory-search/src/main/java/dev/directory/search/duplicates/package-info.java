/**
 * Likely duplicates, weighed as Fellegi and Sunter do: what records are told apart by, kept in the
 * index with their blocking keys, and the bits each agreement or disagreement adds.
 */
package dev.directory.search.duplicates;
