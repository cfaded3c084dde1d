package dev.crosscheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.BadInputException;
import dev.crosscheck.report.Json;
import dev.crosscheck.review.ReviewLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code reports/reviews.json}: the reviewers' decisions. Input, not output: check reads it and never writes it;
 * only the review commands do, atomically. A file this version cannot read is refused and left as it is.
 */
public final class ReviewsFile {
  public static final String NAME = "reviews.json";

  private ReviewsFile() {}

  public static Path path(Workspace ws) {
    return ws.reports().resolve(NAME);
  }

  /** The decisions, or none when there is no file yet. */
  public static ReviewLog read(Workspace ws) {
    Path file = path(ws);
    if (!Files.exists(file)) {
      return ReviewLog.EMPTY;
    }
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String where = "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      // a run killed mid-write by another tool, or a copy cut short: say so rather than quote the parser
      throw new BadInputException(file, e.getOriginalMessage().startsWith("Unexpected end-of-input")
          ? "not valid JSON: the file ends in the middle (" + where + ")"
          : "not valid JSON at " + where + ": " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read: " + firstLine(e.getMessage()), e);
    }
    if (tree == null || !tree.isObject() || !tree.path("schema").isTextual()) {
      throw new BadInputException(file, "not a reviews file: no \"schema\" field");
    }
    String schema = tree.get("schema").asText();
    if (!schema.startsWith(ReviewLog.SCHEMA_PREFIX)) {
      throw new BadInputException(file, "not a reviews file: schema '" + schema + "'");
    }
    int version;
    try {
      version = Integer.parseInt(schema.substring(ReviewLog.SCHEMA_PREFIX.length()));
    } catch (NumberFormatException e) {
      throw new BadInputException(file, "unknown schema '" + schema + "'", e);
    }
    if (version > ReviewLog.VERSION) {
      throw new BadInputException(file, "written by a newer crosscheck (" + schema + "); this one reads "
          + ReviewLog.SCHEMA + ": upgrade crosscheck");
    }
    try {
      return Json.MAPPER.treeToValue(tree, ReviewLog.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new BadInputException(file, "not a valid reviews file: " + firstLine(rootMessage(e)), e);
    }
  }

  public static void write(Workspace ws, ReviewLog log) {
    Path file = path(ws);
    try {
      AtomicFiles.write(file, Json.pretty(log));
    } catch (IOException e) {
      throw new BadInputException(file, "cannot write the decisions: " + e.getMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }
}
