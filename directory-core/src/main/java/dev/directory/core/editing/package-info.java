/**
 * Staff edits: creates, updates and deletes checked as the import checks them, saved once for every
 * kind under a row lock at the editor's version; what refers to a record; merges of two entries of
 * one record, and their undo; verifying and naming a steward.
 */
package dev.directory.core.editing;
