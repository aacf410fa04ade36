/**
 * The input model of each record: drafts as given (CSV, JSON, a form), their columns, the checks
 * shared by import and edits, and the cells that forms, merges and history read.
 */
package dev.directory.core.record;
