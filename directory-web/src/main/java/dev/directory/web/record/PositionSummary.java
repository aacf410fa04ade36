package dev.directory.web.record;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A position of an organisation and who held it on the day shown. */
@Serdeable
public record PositionSummary(String id, String title, List<Ref> heldBy, String url) {}
