/**
 * Organisations' dated changes over the API and on their pages, and the organisation chart on any
 * day.
 */
package dev.directory.web.reorganization;
