package dev.crosscheck.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Pipeline;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event rules on whole hand-written articles, through the real pipeline. */
class EventRulesTest {
  private final List<Source> sources = new ArrayList<>();

  private EventRulesTest source(String id, String published, String text) {
    sources.add(new Source(new SourceMeta(id, null, null, null, LocalDate.parse(published), false, null), text));
    return this;
  }

  private List<Finding> events() {
    return Pipeline.run(sources).report().findings().stream().filter(f -> f.rule().startsWith("event-")).toList();
  }

  /** The event claims the sources gave, by value: so a test of "no finding" knows there was something to judge. */
  private List<String> eventValues() {
    return Pipeline.run(sources).claims().values().stream().flatMap(List::stream)
        .filter(c -> c.kind().equals("event")).map(c -> c.value()).toList();
  }

  private static String line(Finding f) {
    return f.kind().label() + " " + f.rule() + " " + f.slot() + " " + f.values() + " " + f.sources();
  }

  @Test
  void aRelativeDayAndAnExplicitDateOfTheSameMeetingAgree() {
    source("a", "2024-03-04", "Mayor Ana Silva will meet Governor Tom Reyes on Friday.")
        .source("b", "2024-03-05", "Governor Tom Reyes is due to meet Mayor Ana Silva on March 8.");
    assertThat(events()).extracting(EventRulesTest::line)
        .containsExactly("agreement event-date meeting with person:tom-reyes [2024-03-08] [a, b]");
  }

  @Test
  void aOnceOnlyEventOnTwoDisjointDatesIsAContradiction() {
    source("a", "2024-03-04", "Tom Reyes became governor in January 2023.")
        .source("b", "2024-03-04", "Tom Reyes became governor in June 2023.");
    assertThat(events()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.CONTRADICTION);
      assertThat(f.values()).containsExactly("2023-01", "2023-06");
      assertThat(f.summary()).contains("when Tom Reyes took office as governor");
    });
  }

  @Test
  void aSourceThatGivesTwoDatesForOneOnceOnlyEventContradictsItself() {
    source("a", "2024-03-04", "Tom Reyes became governor in January 2023. Tom Reyes became governor in May 2023.");
    assertThat(events()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.CONTRADICTION);
      assertThat(f.summary()).contains("contradicts itself");
    });
  }

  @Test
  void onceOnlyEventsYearsApartAreNotCompared() {
    source("a", "2024-03-04", "Tom Reyes became governor in 2015.").source("b", "2024-03-04", "Tom Reyes became governor in 2023.");
    assertThat(eventValues()).containsExactly("2015-01-01..2015-12-31", "2023-01-01..2023-12-31");
    assertThat(events()).isEmpty();
  }

  @Test
  void meetingsOnDifferentDaysMayBeDifferentMeetingsUnlessBothAreTheFirst() {
    source("a", "2024-03-25", "Ana Silva met Tom Reyes on 3 March.").source("b", "2024-03-25", "Ana Silva met Tom Reyes on 20 March.");
    assertThat(eventValues()).containsExactly("2024-03-03", "2024-03-20");
    assertThat(events()).isEmpty();
    sources.clear();
    source("a", "2024-03-25", "Ana Silva first met Tom Reyes on 3 March.")
        .source("b", "2024-03-25", "Ana Silva first met Tom Reyes on 20 March.");
    assertThat(events()).extracting(Finding::kind).containsExactly(FindingKind.CONTRADICTION);
  }

  @Test
  void aHedgedDateContradictsNothing() {
    source("a", "2024-03-04", "Tom Reyes became governor in January 2023.")
        .source("b", "2024-03-04", "Tom Reyes may have become governor in June 2023.");
    assertThat(eventValues()).containsExactly("2023-01", "2023-06");
    assertThat(events()).isEmpty();
  }

  @Test
  void aMeetingUpcomingInOneSourceAndHeldInALaterOneIsAnUpdate() {
    source("a", "2024-03-04", "Ana Silva will meet Tom Reyes on Friday.")
        .source("c", "2024-03-09", "Ana Silva met Tom Reyes in the capital, where they signed a water deal.");
    assertThat(events()).extracting(EventRulesTest::line)
        .containsExactly("update event-update meeting with person:tom-reyes [2024-03-08, undated] [a, c]");
  }

  @Test
  void heldBeforeItsPlannedDayIsNoUpdate() {
    source("a", "2024-03-04", "Ana Silva will meet Tom Reyes on Friday.")
        .source("c", "2024-03-06", "Ana Silva met Tom Reyes in the capital.");
    assertThat(eventValues()).containsExactly("2024-03-08", "undated");
    assertThat(events()).isEmpty();
  }

  @Test
  void aDateNotConfirmedAndLaterAnnouncedIsAnUpdateNotAContradiction() {
    source("a", "2024-03-01", "Ana Silva is expected to meet Tom Reyes soon. The date has not been confirmed.")
        .source("b", "2024-03-04", "Ana Silva will meet Tom Reyes on Friday.");
    assertThat(events()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.UPDATE);
      assertThat(f.summary()).contains("was not confirmed in a (published 2024-03-01)", "given as 2024-03-08 in b (published 2024-03-04)");
    });
  }

  @Test
  void currentThenFormerWithTheSuccessionReportedInBetweenIsAnUpdate() {
    source("a", "2024-01-10", "Mayor Ana Silva opened the new bridge on Monday.")
        .source("b", "2024-03-01", "Former Mayor Ana Silva attended the ceremony. Tom Reyes became mayor in February 2024.");
    List<Finding> roles = Pipeline.run(sources).report().findings().stream().filter(f -> f.rule().equals("role-status")).toList();
    assertThat(roles).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.UPDATE);
      assertThat(f.summary()).contains("Tom Reyes took the office 2024-02 according to b");
    });
  }

  @Test
  void currentThenFormerWithNoChangeReportedStaysAContradiction() {
    source("a", "2024-01-10", "Mayor Ana Silva opened the new bridge on Monday.")
        .source("b", "2024-03-01", "Former Mayor Ana Silva attended the ceremony. Tom Reyes became mayor in 2019.");
    List<Finding> roles = Pipeline.run(sources).report().findings().stream().filter(f -> f.rule().equals("role-status")).toList();
    assertThat(roles).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.CONTRADICTION);
  }
}
