/**
 * Organisations that change over time: renamed, moved, merged, split, closed — each change dated,
 * one step of the history that can be undone while it is the last — and an organisation as it was
 * on any day.
 */
package dev.directory.core.reorganization;
