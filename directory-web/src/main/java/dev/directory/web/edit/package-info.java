/**
 * Editing through the API and forms: JSON and form bodies into drafts, the edit and merge forms,
 * positions' holders.
 */
package dev.directory.web.edit;
