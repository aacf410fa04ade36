package dev.directory.web.startup;

import jakarta.inject.Singleton;

/**
 * What must be done before this node can serve: the seed imported into an empty database (or found
 * there), the index caught up with the change log, the first admin made. Until then {@code /health}
 * is not UP, so a load balancer sends the node nothing.
 */
@Singleton
public final class Readiness {

  private volatile boolean dataReady;
  private volatile boolean adminReady;

  void dataReady() {
    dataReady = true;
  }

  /** The first admin exists (made now, or found). */
  public void adminReady() {
    adminReady = true;
  }

  boolean isDataReady() {
    return dataReady;
  }

  boolean isAdminReady() {
    return adminReady;
  }
}
