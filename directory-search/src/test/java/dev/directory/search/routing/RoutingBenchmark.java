package dev.directory.search.routing;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationKind;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.search.bench.SyntheticDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long routing takes against a large directory: the routing snapshot is built from a synthetic
 * directory (an office per country, headquarters, and their cities, regions and names), then the
 * test set's inquiries, and the same at the longest message the form takes (10,000 characters), are
 * routed over and over; the world's gazetteer is read first, its time and heap measured apart. Run
 * with {@code ./mvnw -Prouting-bench -pl directory-search -am -DskipTests verify}; README.md gives
 * the figures.
 */
public final class RoutingBenchmark {

  private static final int ROUNDS = 200;

  public static void main(String[] args) throws Exception {
    int organizationCount = Integer.parseInt(args[0]);
    SyntheticDirectory synthetic = new SyntheticDirectory(42, organizationCount, 0);
    List<MissionOffice> offices = new ArrayList<>();
    for (Organization organization : synthetic.organizations()) {
      if (organization.kind() == OrganizationKind.MISSION_OFFICE) {
        boolean hq = organization.parentId() == null;
        offices.add(
            new MissionOffice(
                organization.id(),
                hq,
                hq ? List.of() : List.of(organization.country()),
                hq ? null : "synthetic-hq"));
      }
    }

    Runtime runtime = Runtime.getRuntime();
    long heapBefore = usedHeap(runtime);
    long started = System.nanoTime();
    WorldPlaces.shared();
    double worldSeconds = (System.nanoTime() - started) / 1e9;
    long worldMb = (usedHeap(runtime) - heapBefore) / (1024 * 1024);

    started = System.nanoTime();
    RoutingDirectory directory =
        RoutingDirectory.build(
            synthetic.organizations(),
            offices,
            RoutingBenchmark::pressContactOf,
            synthetic.topics().values());
    double buildSeconds = (System.nanoTime() - started) / 1e9;
    long heapMb = usedHeap(runtime) / (1024 * 1024);
    Router router = new Router(directory);

    List<Router.Inquiry> testSet = new ArrayList<>();
    for (String folder : List.of(RoutingFixture.SOUTH_AMERICA, RoutingFixture.WORLD)) {
      RoutingTestSet.rows(folder).stream().map(RoutingTestSet::inquiry).forEach(testSet::add);
    }
    List<Router.Inquiry> longest =
        testSet.stream()
            .map(i -> new Router.Inquiry(i.subject(), tenThousandCharacters(i.message()), null))
            .toList();
    measure(router, testSet, ROUNDS / 4);
    measure(router, longest, ROUNDS / 4);
    double[] typical = measure(router, testSet, ROUNDS);
    double[] worst = measure(router, longest, ROUNDS / 4);

    System.out.printf(
        Locale.ROOT,
        "Routing against %,d organisations (%d offices)%n"
            + "  world gazetteer  loaded in %.2f s, %d MB of heap%n"
            + "  snapshot build   %.2f s, heap after %d MB%n"
            + "  test set         p50 %.3f ms, p99 %.3f ms (%d inquiries x %d)%n"
            + "  10,000 chars     p50 %.3f ms, p99 %.3f ms%n",
        synthetic.organizations().size(),
        offices.size(),
        worldSeconds,
        worldMb,
        buildSeconds,
        heapMb,
        typical[0],
        typical[1],
        testSet.size(),
        ROUNDS,
        worst[0],
        worst[1]);
  }

  private static long usedHeap(Runtime runtime) {
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Routes each inquiry {@code rounds} times; the p50 and p99 in milliseconds. */
  private static double[] measure(Router router, List<Router.Inquiry> inquiries, int rounds) {
    long[] nanos = new long[inquiries.size() * rounds];
    int n = 0;
    int offices = 0;
    for (int round = 0; round < rounds; round++) {
      for (Router.Inquiry inquiry : inquiries) {
        long started = System.nanoTime();
        Routing routing = router.route(inquiry);
        nanos[n++] = System.nanoTime() - started;
        offices += routing.office() == null ? 0 : 1;
      }
    }
    if (offices != nanos.length) {
      throw new IllegalStateException("an inquiry got no office");
    }
    Arrays.sort(nanos);
    return new double[] {
      nanos[(int) (nanos.length * 0.50)] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6
    };
  }

  private static List<Person> pressContactOf(String officeId) {
    return List.of(
        new Person(
            officeId + "-press",
            "Press",
            "Desk",
            null,
            officeId,
            List.of("press"),
            List.of(new Email(EmailType.WORK, officeId + "@synthetic.example")),
            List.of(),
            List.of(),
            List.of(),
            true,
            Visibility.PUBLIC,
            null));
  }

  private static String tenThousandCharacters(String message) {
    StringBuilder text = new StringBuilder();
    while (text.length() + message.length() + 1 <= 10_000) {
      text.append(message).append(' ');
    }
    return text.toString();
  }
}
