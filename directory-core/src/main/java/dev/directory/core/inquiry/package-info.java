/**
 * Press inquiries as stored: who asked what, where it was routed and why, its status and the steps
 * of its history, and who is told of it.
 */
package dev.directory.core.inquiry;
