package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format claimreview}, checked against the schema.org property list of the types it writes. */
class ExportCommandTest {
  @TempDir Path dir;
  private CliRun last = new CliRun(0, "", "");

  private int run(String... args) {
    last = CliRun.in(dir, args);
    return last.code();
  }

  @BeforeEach
  void seedsWithAConfirmedContradiction() throws IOException {
    CliProcess.seedWorkspace(dir);
    Files.writeString(dir.resolve("sources/003_2c964859428047c5.meta.json"), "{\"outlet\": \"The Example Times\", "
        + "\"url\": \"https://example.com/carney\", \"published\": \"2025-05-06\"}");
    assertThat(run("check")).isZero();
  }

  /** The id of the contradiction on Trump's office, the one these tests confirm. */
  private String trump() throws IOException {
    return SeedReport.formerPresident(dir).get("id").asText();
  }

  @Test
  void onlyConfirmedContradictionsAreExportedWithEveryPropertyFromSchemaOrg() throws IOException {
    assertThat(run("export", "--format", "claimreview", "--organisation", "Example Fact Desk")).isZero();
    assertThat(Json.MAPPER.readTree(last.out())).isEmpty();
    assertThat(run("review", "dismiss", "quote-mismatch", "--reviewer", "ed", "--note", "same sense")).isZero();
    assertThat(run("review", "confirm", trump(), "--reviewer", "ed", "--note", "He is president")).isZero();

    assertThat(run("export", "--format", "claimreview", "--organisation", "Example Fact Desk")).isZero();
    JsonNode reviews = Json.MAPPER.readTree(last.out());
    assertThat(reviews).hasSize(1);
    JsonNode review = reviews.get(0);
    assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
    assertThat(review.get("claimReviewed").asText()).contains("now-former U.S. President Donald Trump");
    assertThat(review.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
    assertThat(review.at("/itemReviewed/author/name").asText()).isEqualTo("The Example Times");
    assertThat(review.at("/itemReviewed/datePublished").asText()).isEqualTo("2025-05-06");
    assertThat(review.at("/itemReviewed/appearance/url").asText()).isEqualTo("https://example.com/carney");
    assertThat(review.at("/reviewRating/@type").asText()).isEqualTo("Rating");
    assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("Contradicted by other sources");
    assertThat(review.at("/author/@type").asText()).isEqualTo("Organization");
    assertThat(review.at("/author/name").asText()).isEqualTo("Example Fact Desk");
    assertThat(review.get("reviewBody").asText()).isEqualTo("He is president");
    assertThat(review.get("datePublished").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
    assertOnlySchemaOrgProperties(review);
  }

  @Test
  void theOrganisationComesFromTheReviewConfigAndTheFileIsWrittenAtomically() throws IOException {
    assertThat(run("review", "confirm", trump(), "--reviewer", "ed")).isZero();
    assertThat(run("export", "--format", "claimreview")).isEqualTo(2);
    assertThat(last.err()).contains("--organisation").hasLineCount(1);
    Files.writeString(dir.resolve("reports/review-config.json"),
        "{\"organisation\": {\"name\": \"Desk\", \"url\": \"https://desk.example\"}}");
    Path file = dir.resolve("claimreview.jsonld");
    assertThat(run("export", "--format", "claimreview", "--out", file.toString())).isZero();
    assertThat(last.out()).contains("wrote 1 claim reviews");
    JsonNode review = Json.MAPPER.readTree(file.toFile()).get(0);
    assertThat(review.at("/author/url").asText()).isEqualTo("https://desk.example");
    assertOnlySchemaOrgProperties(review);

    Files.writeString(dir.resolve("reports/review-config.json"), "{\"organization\": \"typo\"}");
    assertThat(run("export", "--format", "claimreview")).isEqualTo(2);
    assertThat(last.err()).contains("review-config.json: not a review config").hasLineCount(1);
    assertThat(run("export", "--format", "csv", "--organisation", "x")).isEqualTo(2);
  }

  private static void assertOnlySchemaOrgProperties(JsonNode node) throws IOException {
    Map<String, Set<String>> own = new HashMap<>();
    Map<String, List<String>> parents = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/schemaorg/claimreview-properties.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.contains(" < ")) {
        parents.put(line.substring(0, line.indexOf(" < ")), List.of(line.substring(line.indexOf(" < ") + 3).split(" ")));
      } else {
        own.put(line.substring(0, line.indexOf(':')), Set.of(line.substring(line.indexOf(':') + 1).trim().split(" ")));
      }
    }
    check(node, own, parents);
  }

  private static void check(JsonNode node, Map<String, Set<String>> own, Map<String, List<String>> parents) {
    String type = node.path("@type").asText();
    assertThat(own).as("an object of an unknown type: " + node).containsKey(type);
    Set<String> allowed = new HashSet<>(own.get(type));
    parents.getOrDefault(type, List.of()).forEach(p -> allowed.addAll(own.get(p)));
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().startsWith("@")) {
        continue;
      }
      assertThat(allowed).as(type + " has no property '" + field.getKey() + "' in schema.org").contains(field.getKey());
      if (field.getValue().isObject()) {
        check(field.getValue(), own, parents);
      }
    }
  }
}
