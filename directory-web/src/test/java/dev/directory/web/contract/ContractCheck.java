package dev.directory.web.contract;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test whose exchanges with the API did not match the served OpenAPI document, as {@link
 * ContractChecks} noted them. Registered for every test of the module (JUnit's automatic
 * extensions, {@code junit-platform.properties}).
 */
public final class ContractCheck implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    ContractChecks.EXCHANGES.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> found = new ArrayList<>();
    for (ContractChecks.Exchange exchange : ContractChecks.EXCHANGES) {
      found.addAll(
          OpenApiContract.mismatches(exchange.base(), exchange.request(), exchange.response()));
    }
    ContractChecks.EXCHANGES.clear();
    if (!found.isEmpty()) {
      throw new AssertionError(
          "The exchanges do not match /openapi.yml:\n" + String.join("\n", found));
    }
  }
}
