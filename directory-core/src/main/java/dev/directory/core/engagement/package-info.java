/**
 * Engagements: what happened between the organisation and its partners (trainings, meetings,
 * agreements), as the import brings them.
 */
package dev.directory.core.engagement;
