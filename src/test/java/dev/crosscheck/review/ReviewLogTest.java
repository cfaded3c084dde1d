package dev.crosscheck.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.Decision;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Review;
import dev.crosscheck.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReviewLogTest {
  private static Finding finding(String id, String entity, String... sources) {
    List<Cited> cited = java.util.Arrays.stream(sources).map(s -> new Cited("c", s, "text", 0, 4, "former")).toList();
    return new Finding(id, FindingKind.CONTRADICTION, "role-status", Severity.HIGH, 0.8, "summary", entity, "president",
        List.of("current", "former"), cited);
  }

  private static Report report(Finding... findings) {
    return new Report(Report.SCHEMA, List.of(), List.of(), List.of(findings), new TreeMap<>(Map.of()));
  }

  private static final String AT = "2025-05-07T09:30:00Z";

  @Test
  void aDecisionFollowsItsIdThenItsLooseKeyAndOtherwiseIsStale() {
    Finding old = finding("contradiction-1", "person:trump", "a", "b");
    ReviewLog log = ReviewLog.EMPTY.decide(old, Decision.DISMISSED, "ed", AT, "satire");

    Report same = log.attach(report(old));
    assertThat(same.findings().get(0).review().status()).isEqualTo(Review.Status.DISMISSED);
    assertThat(same.findings().get(0).review().matched()).isEqualTo("id");

    Finding moved = finding("contradiction-2", "person:trump", "a", "b", "c");
    Finding other = finding("contradiction-3", "person:carney", "a", "b");
    Report after = log.attach(report(moved, other));
    assertThat(after.findings().get(0).review().matched()).isEqualTo("key");
    assertThat(after.findings().get(0).review().decision().note()).isEqualTo("satire");
    assertThat(after.findings().get(1).review()).isEqualTo(Review.OPEN);
    assertThat(after.staleReviews()).isEmpty();

    Report gone = log.attach(report(other));
    assertThat(gone.staleReviews()).extracting(d -> d.finding()).containsExactly("contradiction-1");
    assertThat(gone.findings().get(0).review()).isEqualTo(Review.OPEN);
  }

  @Test
  void aDecisionWhoseFindingStillExistsDoesNotAlsoMoveToALookalike() {
    Finding kept = finding("contradiction-1", "person:trump", "a", "b");
    Finding lookalike = finding("contradiction-2", "person:trump", "c", "d");
    ReviewLog log = ReviewLog.EMPTY.decide(kept, Decision.CONFIRMED, "ed", AT, "");
    Report r = log.attach(report(kept, lookalike));
    assertThat(r.findings().get(0).review().status()).isEqualTo(Review.Status.CONFIRMED);
    assertThat(r.findings().get(1).review()).isEqualTo(Review.OPEN);
  }

  @Test
  void decidingOnAMovedFindingSupersedesTheOldDecisionAndReopeningRemovesIt() {
    Finding old = finding("contradiction-1", "person:trump", "a", "b");
    ReviewLog log = ReviewLog.EMPTY.decide(old, Decision.DISMISSED, "ed", AT, "satire");
    Finding moved = log.attach(report(finding("contradiction-2", "person:trump", "a", "b", "c"))).findings().get(0);
    ReviewLog confirmed = log.decide(moved, Decision.CONFIRMED, "flo", "2025-05-08T10:00:00Z", "checked");
    assertThat(confirmed.decisions()).extracting(d -> d.finding()).containsExactly("contradiction-2");
    Report r = confirmed.attach(report(moved));
    assertThat(r.findings().get(0).review().status()).isEqualTo(Review.Status.CONFIRMED);
    assertThat(r.staleReviews()).isEmpty();
    assertThat(log.reopen(moved).decisions()).isEmpty();
  }

  @Test
  void aDismissalWithoutANoteIsRefused() {
    assertThatThrownBy(() -> ReviewLog.EMPTY.decide(finding("c-1", "e", "a"), Decision.DISMISSED, "ed", AT, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a note");
  }

  @Test
  void prefixesResolveToOneIdOrListTheCandidates() {
    List<String> ids = List.of("agreement-01", "agreement-02", "contradiction-9");
    assertThat(FindingIds.resolve("contra", ids).id()).isEqualTo("contradiction-9");
    assertThat(FindingIds.resolve("agreement-0", ids).candidates()).containsExactly("agreement-01", "agreement-02");
    assertThat(FindingIds.resolve("x", ids).candidates()).isEmpty();
  }
}
