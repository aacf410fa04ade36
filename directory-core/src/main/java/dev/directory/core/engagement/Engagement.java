package dev.directory.core.engagement;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Something that happened between the organisation and its partners: a training, a meeting, an
 * agreement. {@code period} is the time as the source gives it; the dates are set only when the
 * source gives them whole. {@code figures} are short statements such as "314 officials trained".
 */
public record Engagement(
    String id,
    String kind,
    String title,
    @Nullable String period,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    @Nullable String country,
    List<String> places,
    List<String> organizationIds,
    List<String> personIds,
    List<String> topicIds,
    List<String> figures,
    @Nullable String description) {

  public Engagement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    places = List.copyOf(places);
    organizationIds = List.copyOf(organizationIds);
    personIds = List.copyOf(personIds);
    topicIds = List.copyOf(topicIds);
    figures = List.copyOf(figures);
  }

  /** The same engagement naming these people. */
  public Engagement withPeople(List<String> people) {
    return new Engagement(
        id,
        kind,
        title,
        period,
        startDate,
        endDate,
        country,
        places,
        organizationIds,
        people,
        topicIds,
        figures,
        description);
  }

  /** The same engagement involving these organisations. */
  public Engagement withOrganizations(List<String> organizations) {
    return new Engagement(
        id,
        kind,
        title,
        period,
        startDate,
        endDate,
        country,
        places,
        organizations,
        personIds,
        topicIds,
        figures,
        description);
  }

  /**
   * The same engagement with person {@code from} as {@code to}; with {@code keepFrom}, {@code from}
   * stays and {@code to} is added (an undone merge of two people the engagement both named).
   */
  public Engagement withPersonMoved(String from, String to, boolean keepFrom) {
    return withPeople(moved(personIds, from, to, keepFrom));
  }

  /** The same engagement with organisation {@code from} as {@code to}, as for a person. */
  public Engagement withOrganizationMoved(String from, String to, boolean keepFrom) {
    return withOrganizations(moved(organizationIds, from, to, keepFrom));
  }

  private static List<String> moved(List<String> ids, String from, String to, boolean keepFrom) {
    Set<String> moved = new LinkedHashSet<>();
    ids.forEach(id -> moved.add(!keepFrom && id.equals(from) ? to : id));
    if (keepFrom) {
      moved.add(to);
    }
    return new ArrayList<>(moved);
  }
}
