package dev.directory.web.inquiry;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param rateLimitPerMinute how many inquiries one client may send in a minute ({@code
 *     DIRECTORY_INQUIRIES_RATE_LIMIT_PER_MINUTE})
 */
@ConfigurationProperties("directory.inquiries")
public record InquirySettings(@Bindable(defaultValue = "10") int rateLimitPerMinute) {

  /**
   * The executor that receives inquiries ({@code micronaut.executors.inquiries}): a few threads, as
   * the database commits one at a time anyway, so that a burst of inquiries queues for them rather
   * than take the cores from searches.
   */
  static final String RECEIVING = "inquiries";

  public InquirySettings {
    if (rateLimitPerMinute < 1) {
      throw new IllegalArgumentException(
          "directory.inquiries.rate-limit-per-minute must be 1 or more; it is "
              + rateLimitPerMinute);
    }
  }
}
