/** What every page shares: rendering the templates, who a page is for, the icon. */
package dev.directory.web.page;
