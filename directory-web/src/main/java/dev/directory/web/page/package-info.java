/** What every page shares: rendering the templates, times as pages show them, the icon. */
package dev.directory.web.page;
