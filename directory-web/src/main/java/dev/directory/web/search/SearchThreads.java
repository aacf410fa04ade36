package dev.directory.web.search;

/**
 * The executor that answers searches ({@code micronaut.executors.searches}): twice as many threads
 * as cores. A search keeps its cores busy from start to end, so more threads only share them out
 * finer; measured with 64 connections on 110,000 records, 3 or 4 threads on two cores answered
 * about half as many more searches a second as the 16 of the executor for blocking requests, and
 * cut their p99 by two thirds.
 */
final class SearchThreads {

  static final String EXECUTOR = "searches";

  private SearchThreads() {}
}
