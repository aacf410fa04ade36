/** The topics: a controlled vocabulary with labels and keywords in English, Spanish and French. */
package dev.directory.core.topic;
