package dev.directory.search.bench;

import java.util.Arrays;
import java.util.Locale;

/** Measured latencies of one query shape, as percentiles in milliseconds. */
public record Latencies(double p50, double p99, int samples) {

  public static Latencies of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
  }

  public String format() {
    return String.format(Locale.ROOT, "%.1f / %.1f", p50, p99);
  }
}
