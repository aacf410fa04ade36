/**
 * Whole records read for the API and pages: people, organisations, mission offices with their press
 * contacts, and histories; a merged-away id leads to the survivor.
 */
package dev.directory.web.record;
