package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.report.Json;
import java.io.IOException;
import java.nio.file.Path;

/** What a check of the seed corpus wrote to {@code reports/report.json}, read the way a user's script would. */
final class SeedReport {
  private SeedReport() {}

  static JsonNode read(Path workspace) throws IOException {
    return Json.MAPPER.readTree(workspace.resolve("reports/report.json").toFile());
  }

  /** The contradiction over Trump's office (003's "now-former" President): the finding review tests decide on. */
  static JsonNode formerPresident(Path workspace) throws IOException {
    for (JsonNode f : read(workspace).get("findings")) {
      if (f.get("kind").asText().equals("contradiction") && f.get("rule").asText().equals("role-status")) {
        return f;
      }
    }
    throw new AssertionError("no role-status contradiction in " + workspace.resolve("reports/report.json"));
  }
}
