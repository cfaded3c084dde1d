package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementClaimsTest {
  /** A Monday, so "on Friday" in the past tense is 2024-03-01. */
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

  private static List<Claim> statements(String text) {
    return ExtractionFixture.extractWithStance(new StatementClaims(), text, MONDAY);
  }

  /** Subject (before resolution), predicate class, normalised object and modality. */
  private static String line(Claim c) {
    return c.subject() + " | " + c.slot() + " | " + c.value() + " | " + c.attribute("modality");
  }

  @Test
  void subjectPredicateLemmaAndObjectWithoutStopWords() {
    assertThat(statements("The city council approved the new budget for schools.")).extracting(StatementClaimsTest::line)
        .containsExactly("city council | approve | new budget school | asserted");
  }

  @Test
  void irregularAndRegularInflectionsGiveTheLemma() {
    assertThat(statements("Ana Silva said the water plant stopped working.")).extracting(c -> c.attribute("predicate"))
        .containsExactly("say");
    assertThat(statements("Tom Reyes denies the mine polluted the river.")).extracting(c -> c.attribute("predicate"))
        .containsExactly("deny");
    assertThat(statements("Tom Reyes has downplayed the risk of flooding.")).extracting(c -> c.attribute("predicate"))
        .containsExactly("downplay");
  }

  @Test
  void paraphrasedPredicatesShareOneClass() {
    assertThat(statements("The government slapped new tariffs on steel imports.")).extracting(Claim::slot)
        .containsExactly("impose");
    assertThat(statements("The government imposed new tariffs on steel imports.")).extracting(Claim::slot)
        .containsExactly("impose");
    assertThat(statements("Ana Silva held talks with the union leaders.")).extracting(Claim::slot).containsExactly("meet");
    assertThat(statements("Ana Silva told the union leaders the plant will stay open.")).extracting(Claim::slot)
        .containsExactly("say");
  }

  @Test
  void datesAndQuantitiesAreTheirNormalisedValues() {
    assertThat(statements("Police arrested two men in Ottawa on Friday.")).extracting(Claim::value)
        .singleElement().satisfies(v -> assertThat(v).contains("2024-03-01").contains("Ottawa").doesNotContain("friday"));
  }

  @Test
  void namesAreKeptForResolutionAndTitlesAreNotTheSubjectsName() {
    Claim c = statements("Mayor Ana Silva criticized the provincial plan for Ottawa.").get(0);
    assertThat(c.attribute("subjectKind")).isEqualTo("name");
    assertThat(c.value()).isEqualTo("provincial plan Ottawa");
  }

  @Test
  void aPassiveIsItsOwnPredicate() {
    assertThat(statements("The suspect was arrested near the border crossing.")).extracting(StatementClaimsTest::line)
        .containsExactly("suspect | arrest (passive) | near border cross | asserted");
  }

  @Test
  void negatedAndHedgedStatementsAreMarked() {
    assertThat(statements("Tom Reyes did not sign the trade agreement with Mexico.")).extracting(StatementClaimsTest::line)
        .containsExactly("Tom Reyes | sign | trade agreement Mexico | negated");
    assertThat(statements("Tom Reyes could sign the trade agreement with Mexico.")).extracting(c -> c.attribute("modality"))
        .containsExactly("hedged");
  }

  @Test
  void aNegationDeepInTheObjectIsKeptAsAWord() {
    assertThat(statements("Police said the driver of the stolen car was not armed with a weapon."))
        .singleElement().satisfies(c -> {
          assertThat(c.attribute("modality")).isEqualTo("asserted"); // "not" is beyond the predicate's reach
          assertThat(c.value()).isEqualTo("driver steal car not armed weapon");
        });
  }

  @Test
  void questionsQuotesHeadingsAndVerblessLinesMakeNoStatement() {
    assertThat(statements("Will Tom Reyes sign the trade agreement with Mexico?")).isEmpty();
    assertThat(statements("“We will sign the trade agreement with Mexico,” Tom Reyes said.")).isEmpty();
    assertThat(statements("Tom Reyes said the deal was “a historic day for trade.”")).isEmpty();
    assertThat(statements("Flood Warnings Across the Valley\n\nThe river rose two metres overnight in Lyon.")).extracting(Claim::subject)
        .containsExactly("river");
    assertThat(statements("A historic day for the city and its schools.")).isEmpty();
    assertThat(statements("The council approved " + "the budget and the plan and ".repeat(20) + "the rest.")).isEmpty();
  }

  @Test
  void aPronounNeedsOneReferent() {
    assertThat(statements("Ana Silva arrived in Ottawa on Sunday. She signed the trade agreement with Mexico."))
        .extracting(Claim::subject).contains("Ana Silva");
    assertThat(statements("Ana Silva thanked Tom Reyes for the visit. He signed the trade agreement with Mexico."))
        .extracting(Claim::value).doesNotContain("trade agreement Mexico");
    assertThat(statements("It signed the trade agreement with Mexico.")).isEmpty();
    assertThat(statements("They signed the trade agreement with Mexico.")).isEmpty();
  }

  @Test
  void subordinateOpeningsAndAppositionsAreNotRead() {
    assertThat(statements("Although the council approved the budget, the mayor vetoed the plan.")).isEmpty();
    assertThat(statements("Tom Reyes, a former banker, criticized the provincial plan.")).isEmpty();
  }

  @Test
  void anOpeningPhraseBeforeTheSubjectIsSkipped() {
    assertThat(statements("On Tuesday, the city council approved the new budget for schools."))
        .extracting(StatementClaimsTest::line).containsExactly("city council | approve | new budget school | asserted");
  }

  @Test
  void nounsThatLookLikeVerbsDoNotEndTheSubject() {
    assertThat(statements("The trade talks ended without an agreement on dairy.")).extracting(c -> c.attribute("predicate"))
        .containsExactly("end");
    assertThat(statements("The newly elected mayor criticized the provincial plan.")).extracting(Claim::subject)
        .containsExactly("newly elected mayor");
  }

  @Test
  void statementsOtherKindsReadAreLeftToThem() {
    assertThat(Extraction.extract(
        dev.crosscheck.segment.Segmenter.segment(dev.crosscheck.ingest.Cleaner.clean(new dev.crosscheck.model.Source(
            dev.crosscheck.model.SourceMeta.bare("s"), "Ana Silva met Tom Reyes in Ottawa on Friday. Police arrested two men near the border."))),
        List.of()).stream().map(Claim::kind).toList()).containsExactly("event", "statement");
  }
}
