/** Freshness on the pages and the API: the stale-after setting, a record's freshness, "Verify". */
package dev.directory.web.freshness;
