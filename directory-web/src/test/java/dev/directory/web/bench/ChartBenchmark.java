package dev.directory.web.bench;

import dev.directory.core.importing.CsvImporter;
import dev.directory.web.ServerProcess;
import dev.directory.web.startup.ImportCommand;
import io.micronaut.context.ApplicationContext;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The organisation chart of a large ministry: {@code bench.units} units (500) in four levels, each
 * with two positions, one held; the chart page (SVG and the list behind it) and the chart's JSON,
 * today and on a day before a reorganisation, each asked {@link #RUNS} times of a server process
 * after {@link #WARM_UP} warm-up requests.
 *
 * <pre>./mvnw -Pchart-bench -pl directory-web -am -DskipTests verify</pre>
 */
public final class ChartBenchmark {

  private static final int WARM_UP = 50;
  private static final int RUNS = 200;
  private static final String MINISTRY = "bench-ministry";

  private ChartBenchmark() {}

  public static void main(String[] args) throws Exception {
    int units = Integer.getInteger("bench.units", 500);
    Path work = Files.createTempDirectory("directory-chart");
    Path home = Files.createDirectories(work.resolve("home"));
    Path csv = Files.createDirectories(work.resolve("csv"));
    writeMinistry(csv, units);
    try (ApplicationContext context =
        ApplicationContext.builder()
            .environments(ImportCommand.ENVIRONMENT)
            .properties(Map.of("directory.home", home.toString()))
            .start()) {
      context.getBean(CsvImporter.class).importFrom(csv);
    }
    try (ServerProcess server = new ServerProcess(home, Map.of(), "512m")) {
      server.start();
      // a reorganisation: the second unit moves under the first
      String unit = server.get("/api/organizations/bench-unit-2").body();
      long version = Long.parseLong(unit.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
      HttpResponse<String> moved =
          server.post(
              "/api/organizations/bench-unit-2/changes",
              "{\"kind\":\"moved\",\"date\":\"2025-06-01\",\"version\":"
                  + version
                  + ",\"parent\":\"bench-unit-1\"}");
      if (moved.statusCode() != 201) {
        throw new IllegalStateException("the move was refused: " + moved.body());
      }
      for (String day : List.of("", "2025-05-31")) {
        String at = day.isEmpty() ? "" : "?at=" + day;
        System.out.println(
            measure(
                server,
                "chart page " + (day.isEmpty() ? "today" : day),
                true,
                "/organizations/" + MINISTRY + "/chart" + at));
        System.out.println(
            measure(
                server,
                "chart JSON " + (day.isEmpty() ? "today" : day),
                false,
                "/api/organizations/" + MINISTRY + "/chart" + at));
      }
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static String measure(ServerProcess server, String what, boolean page, String path)
      throws Exception {
    int bytes = 0;
    for (int i = 0; i < WARM_UP; i++) {
      bytes = answer(server, page, path).body().length();
    }
    long[] micros = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long at = System.nanoTime();
      HttpResponse<String> answer = answer(server, page, path);
      micros[i] = (System.nanoTime() - at) / 1_000;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + answer.statusCode());
      }
    }
    Arrays.sort(micros);
    return String.format(
        Locale.ROOT,
        "%s: p50 %.1f ms, p99 %.1f ms, %,d bytes (%d runs)",
        what,
        micros[RUNS / 2] / 1000.0,
        micros[RUNS * 99 / 100] / 1000.0,
        bytes,
        RUNS);
  }

  private static HttpResponse<String> answer(ServerProcess server, boolean page, String path)
      throws Exception {
    return page ? server.page(path) : server.get(path);
  }

  /**
   * A ministry whose units branch eight ways for two levels and the rest under those, each unit
   * with a head (held) and a deputy (vacant).
   */
  static void writeMinistry(Path folder, int units) throws Exception {
    List<String> organizations = new ArrayList<>();
    List<String> people = new ArrayList<>();
    List<String> positions = new ArrayList<>();
    organizations.add("id,kind,name,parent_id,country");
    organizations.add(MINISTRY + ",ministry,Bench Ministry of Examples,,CL");
    people.add("id,given_name,family_name,organization_id");
    positions.add("id,title,organization_id,holders");
    for (int i = 1; i < units; i++) {
      String parent =
          i <= 8
              ? MINISTRY
              : i <= 72 ? "bench-unit-" + ((i - 9) / 8 + 1) : "bench-unit-" + (9 + (i - 73) % 64);
      organizations.add(
          "bench-unit-"
              + i
              + ",department,Bench Directorate of Example Affairs "
              + i
              + ","
              + parent
              + ",CL");
      people.add("bench-person-" + i + ",Example,Person " + i + ",bench-unit-" + i);
      positions.add(
          "bench-head-"
              + i
              + ",Head of Directorate "
              + i
              + ",bench-unit-"
              + i
              + ",bench-person-"
              + i);
      positions.add("bench-deputy-" + i + ",Deputy Head " + i + ",bench-unit-" + i + ",");
    }
    Files.write(folder.resolve("organizations.csv"), organizations);
    Files.write(folder.resolve("people.csv"), people);
    Files.write(folder.resolve("positions.csv"), positions);
  }
}
