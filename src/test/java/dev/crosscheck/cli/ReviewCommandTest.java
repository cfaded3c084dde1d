package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review workflow through the command line, on a copy of the seed corpus: decisions survive re-checks. */
class ReviewCommandTest {
  private static final String FORMER = "003_2c964859428047c5";
  @TempDir Path dir;
  private CliRun last = new CliRun(0, "", "");

  private int run(String... args) {
    last = CliRun.in(dir, args);
    return last.code();
  }

  @BeforeEach
  void copySeeds() throws IOException {
    CliProcess.seedWorkspace(dir);
    assertThat(run("check")).isZero();
  }

  private JsonNode report() throws IOException {
    return SeedReport.read(dir);
  }

  private JsonNode contradiction() throws IOException {
    return SeedReport.formerPresident(dir);
  }

  /** The now-former-president contradiction's id: the finding these tests review. */
  private String trump() throws IOException {
    return contradiction().get("id").asText();
  }

  private long count(String kind) throws IOException {
    long n = 0;
    for (JsonNode f : report().get("findings")) {
      n += kind == null || f.get("kind").asText().equals(kind) ? 1 : 0;
    }
    return n;
  }

  @Test
  void aDismissalSurvivesAnEditedSourceAndANewOneAndGoesStaleWhenItsSourceIsRemoved() throws IOException {
    String id = contradiction().get("id").asText();
    assertThat(run("review")).isZero();
    long all = count(null);
    assertThat(last.out()).contains(id).contains(all + " open of " + all + " findings");

    assertThat(run("review", "dismiss", trump(), "--note", "the article is from 2029", "--reviewer", "ed")).isZero();
    assertThat(last.out()).contains("dismissed " + id + " by ed");
    assertThat(run("review")).isZero();
    assertThat(last.out()).doesNotContain(id).contains((all - 1) + " open of " + all + " findings");
    assertThat(contradiction().get("review").get("status").asText()).isEqualTo("dismissed");

    // the wording around the claim changes: same finding id, the decision stays on it
    Path former = dir.resolve("sources/" + FORMER + ".txt");
    Files.writeString(former, Files.readString(former).replace("inflammatory statements by", "heated remarks from"));
    assertThat(run("check")).isZero();
    assertThat(contradiction().get("id").asText()).isEqualTo(id);
    assertThat(contradiction().get("review").get("status").asText()).isEqualTo("dismissed");
    assertThat(contradiction().get("review").get("matched").asText()).isEqualTo("id");

    // a new source calling Trump president changes the finding's id (its sources): found again by its loose key
    Files.writeString(dir.resolve("sources/005_new.txt"),
        "U.S. President Donald Trump welcomed Prime Minister Mark Carney to the White House on Tuesday.\n");
    assertThat(run("check")).isZero();
    JsonNode moved = contradiction();
    assertThat(moved.get("id").asText()).isNotEqualTo(id);
    assertThat(moved.get("review").get("status").asText()).isEqualTo("dismissed");
    assertThat(moved.get("review").get("matched").asText()).isEqualTo("key");
    assertThat(moved.get("review").get("decision").get("note").asText()).isEqualTo("the article is from 2029");
    assertThat(report().get("staleReviews")).isEmpty();
    assertThat(Files.readString(dir.resolve("reports/reviews.json"))).contains(id);

    // the only source saying "former" is removed: nothing to attach to, the decision is listed as stale
    assertThat(run("remove", FORMER)).isZero();
    assertThat(run("check")).isZero();
    assertThat(last.out()).contains("1 stale");
    assertThat(report().get("staleReviews").get(0).get("finding").asText()).isEqualTo(id);
    assertThat(Files.readString(dir.resolve("reports/report.md"))).contains("## Stale review decisions (1)").contains(id);
    assertThat(Files.readString(dir.resolve("reports/report.html"))).contains("Stale review decisions (1)");
    assertThat(Files.readString(dir.resolve("reports/report.csv"))).contains(id + ",").contains("stale (dismissed)");
    assertThat(run("review")).isZero();
    assertThat(last.out()).contains("1 stale decision").contains(id);

    assertThat(run("review", "reopen", id)).isZero();
    assertThat(run("check")).isZero();
    assertThat(report().get("staleReviews")).isEmpty();
  }

  @Test
  void failOnExitsOneWhileFindingsOfThatKindAreUnreviewedAndStillWritesTheReports() throws IOException {
    Files.delete(dir.resolve("reports/report.html"));
    assertThat(run("check", "--fail-on", "contradiction")).isEqualTo(1);
    long contradictions = count("contradiction");
    assertThat(last.err()).contains(contradictions + " unreviewed finding").contains(trump());
    assertThat(dir.resolve("reports/report.html")).exists();

    assertThat(run("review", "confirm", trump(), "--reviewer", "ed")).isZero();
    for (JsonNode f : report().get("findings")) {
      if (f.get("kind").asText().equals("contradiction") && !f.get("id").asText().equals(trump())) {
        assertThat(run("review", "confirm", f.get("id").asText(), "--reviewer", "ed")).isZero();
      }
    }
    assertThat(run("check", "--fail-on", "contradiction")).isZero();
    assertThat(run("check", "--fail-on", "contradiction,quote-mismatch")).isEqualTo(1);
    assertThat(run("review", "dismiss", "quote-mismatch", "--reviewer", "ed", "--note", "same sense")).isZero();
    assertThat(run("check", "-q", "--fail-on", "contradiction,quote-mismatch")).isZero();
    assertThat(run("review", "reopen", trump())).isZero();
    assertThat(run("check", "-q", "--fail-on", "contradiction")).isEqualTo(1);

    assertThat(run("check", "--fail-on", "contradictions")).isEqualTo(2);
    assertThat(last.err()).contains("unknown finding kind 'contradictions'");
  }

  @Test
  void idsAreTakenByUniquePrefixAndAnAmbiguousOneListsTheCandidates() throws IOException {
    String id = contradiction().get("id").asText();
    assertThat(run("review", "show", id.substring(0, "contradiction-".length() + 3))).isZero();
    assertThat(last.out()).startsWith(id).contains("now-former U.S. President Donald Trump").contains("review: open");

    assertThat(run("review", "show", "agreement-")).isEqualTo(2);
    assertThat(last.err())
        .startsWith("crosscheck: finding 'agreement-': ambiguous prefix, it matches " + count("agreement") + " findings: agreement-")
        .hasLineCount(1);
    assertThat(run("review", "confirm", "nothing-like-this", "--reviewer", "ed")).isEqualTo(2);
    assertThat(last.err()).contains("no finding has this id or prefix");
    assertThat(dir.resolve("reports/reviews.json")).doesNotExist();
  }

  @Test
  void aDismissalNeedsANoteAndAReopenedFindingIsOpenAgain() throws IOException {
    assertThat(run("review", "dismiss", trump(), "--reviewer", "ed")).isEqualTo(2);
    assertThat(last.err()).contains("--note");
    assertThat(run("review", "dismiss", trump(), "--reviewer", "ed", "--note", " ")).isEqualTo(2);
    assertThat(dir.resolve("reports/reviews.json")).doesNotExist();

    assertThat(run("review", "confirm", trump(), "--reviewer", "ed", "--note", "checked with the desk")).isZero();
    assertThat(contradiction().get("review").get("decision").get("reviewer").asText()).isEqualTo("ed");
    assertThat(run("review", "show", trump())).isZero();
    assertThat(last.out()).contains("review: confirmed by ed at ").contains(": checked with the desk");
    assertThat(run("review", "reopen", trump())).isZero();
    assertThat(contradiction().get("review").get("status").asText()).isEqualTo("open");
    assertThat(run("review", "reopen", trump())).isEqualTo(2);
    assertThat(last.err()).contains("is open already");
  }

  @Test
  void aMalformedOrNewerReviewsFileIsOneLineExitTwoAndLeftUntouched() throws IOException {
    Path reviews = dir.resolve("reports/reviews.json");
    String[] bad = {"{\"schema\": \"crosscheck-reviews/1\", \"decisions\": [", "[1, 2]",
        "{\"schema\": \"crosscheck-reviews/1\", \"decisions\": [{\"finding\": \"x\"}]}",
        "{\"schema\": \"crosscheck-reviews/2\", \"decisions\": []}"};
    String[] says = {"not valid JSON", "not a reviews file", "not a valid reviews file", "written by a newer crosscheck"};
    for (int i = 0; i < bad.length; i++) {
      Files.writeString(reviews, bad[i]);
      byte[] report = Files.readAllBytes(dir.resolve("reports/report.json"));
      for (String[] args : new String[][] {{"check"}, {"review"}, {"review", "confirm", "contradiction", "--reviewer", "ed"}}) {
        assertThat(run(args)).as(bad[i]).isEqualTo(2);
        assertThat(last.err()).startsWith("crosscheck: " + reviews + ": " + says[i]).hasLineCount(1);
        assertThat(Files.readString(reviews)).isEqualTo(bad[i]);
        assertThat(Files.readAllBytes(dir.resolve("reports/report.json"))).isEqualTo(report);
      }
    }
  }

  @Test
  void checkNeverWritesTheReviewsFile() throws IOException {
    assertThat(run("review", "dismiss", trump(), "--note", "n", "--reviewer", "ed")).isZero();
    Path reviews = dir.resolve("reports/reviews.json");
    byte[] before = Files.readAllBytes(reviews);
    long time = Files.getLastModifiedTime(reviews).toMillis();
    assertThat(run("check")).isZero();
    assertThat(Files.readAllBytes(reviews)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(reviews).toMillis()).isEqualTo(time);
    JsonNode file = Json.MAPPER.readTree(reviews.toFile());
    assertThat(file.get("schema").asText()).isEqualTo("crosscheck-reviews/1");
    assertThat(file.get("decisions").get(0).get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }
}
