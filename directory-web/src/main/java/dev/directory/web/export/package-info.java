/**
 * Exports other programs read: vCards with stable UIDs, CSV that spreadsheets open as it is, and
 * workbooks with typed cells, streamed while they are written.
 */
package dev.directory.web.export;
