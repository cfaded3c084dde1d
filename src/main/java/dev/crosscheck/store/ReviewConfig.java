package dev.crosscheck.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosscheck.BadInputException;
import dev.crosscheck.report.Json;
import dev.crosscheck.review.ClaimReviews.Organisation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * {@code reports/review-config.json}: settings of the review desk, so far the organisation that publishes the
 * reviews: {@code {"organisation": {"name": "…", "url": "https://…"}}} (url optional). Unknown fields are refused.
 */
public final class ReviewConfig {
  public static final String NAME = "review-config.json";

  private ReviewConfig() {}

  record File(@JsonProperty(value = "organisation", required = true) OrganisationJson organisation) {}

  record OrganisationJson(@JsonProperty(value = "name", required = true) String name, @Nullable String url) {}

  public static Path path(Workspace ws) {
    return ws.reports().resolve(NAME);
  }

  /** The organisation the file names, or null when there is no file. */
  public static @Nullable Organisation organisation(Workspace ws) {
    Path file = path(ws);
    if (!Files.exists(file)) {
      return null;
    }
    try {
      OrganisationJson o = Json.MAPPER.readValue(Files.readString(file), File.class).organisation();
      return new Organisation(o.name(), o.url());
    } catch (IOException | RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      throw new BadInputException(file, "not a review config (expected {\"organisation\": {\"name\": …, \"url\": …}}): "
          + message.lines().findFirst().orElse(""), e);
    }
  }
}
