package dev.crosscheck.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Pipeline;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement rule on whole hand-written articles, through the real pipeline. */
class StatementRuleTest {
  private final List<Source> sources = new ArrayList<>();

  private StatementRuleTest source(String id, String text) {
    sources.add(new Source(new SourceMeta(id, null, null, null, LocalDate.of(2024, 3, 4), false, null), text));
    return this;
  }

  private List<Finding> findings() {
    return Pipeline.run(sources).report().findings().stream().filter(f -> f.rule().equals(StatementRule.ID)).toList();
  }

  /** The statements the sources gave: so a test of "no finding" knows there was something to judge. */
  private List<String> statements() {
    return Pipeline.run(sources).claims().values().stream().flatMap(List::stream)
        .filter(c -> c.kind().equals("statement")).map(c -> c.entity() + " | " + c.slot() + " | " + c.value()
            + " | " + c.attribute("modality")).toList();
  }

  private static String line(Finding f) {
    return f.kind().label() + " " + f.entity() + " | " + f.slot() + " | " + f.values() + " " + f.sources();
  }

  @Test
  void aParaphraseInTwoSourcesAgrees() {
    source("a", "The city council slapped a new levy on vacant luxury homes.")
        .source("b", "Housing was the main issue. The city council imposed a new levy on luxury homes that stand vacant.");
    assertThat(findings()).extracting(StatementRuleTest::line).containsExactly(
        "agreement city council | impose | [new levy luxury home stand vacant, new levy vacant luxury home] [a, b]");
    assertThat(findings().get(0).summary()).contains("2 sources state that").contains("impose");
  }

  @Test
  void theSameNamedSpeakerSayingTheSameThingAgreesAcrossSpellingsOfTheName() {
    source("a", "Governor Tom Reyes said the northern bridge will reopen to traffic in April.")
        .source("b", "Reyes, who took office last year, spoke in Lyon. Tom Reyes told reporters the northern bridge "
            + "will reopen to traffic in April.");
    assertThat(findings()).extracting(f -> f.kind().label() + " " + f.entity() + " | " + f.slot())
        .containsExactly("agreement person:tom-reyes | say");
  }

  @Test
  void aStatementAndItsDenialInTheOutletsVoiceContradict() {
    source("a", "The mining company paid the fine for polluting the Lyon river.")
        .source("b", "The mining company never paid the fine for polluting the Lyon river.");
    assertThat(findings()).singleElement().satisfies(f -> {
      assertThat(f.kind().label()).isEqualTo("contradiction");
      assertThat(f.claims()).extracting(c -> c.source()).containsExactly("a", "b");
      assertThat(f.summary()).contains("a say").contains("b deny it");
    });
  }

  @Test
  void differentObjectsSubjectsOrPredicatesDoNotAlign() {
    source("a", "The city council approved the new budget for public schools.")
        .source("b", "The city council approved the new contract for bus drivers.")
        .source("c", "The school board approved the new budget for public schools.")
        .source("d", "The city council rejected the new budget for public schools.");
    assertThat(statements()).hasSize(4);
    assertThat(findings()).isEmpty();
  }

  @Test
  void hedgedStatementsNeitherAgreeNorContradict() {
    source("a", "The mining company could pay the fine for polluting the Lyon river.")
        .source("b", "The mining company did not pay the fine for polluting the Lyon river.")
        .source("c", "The mining company might pay the fine for polluting the Lyon river.");
    assertThat(statements()).extracting(s -> s.substring(s.lastIndexOf('|') + 2)).containsExactly("hedged", "negated", "hedged");
    assertThat(findings()).isEmpty();
  }

  @Test
  void aDenialCreditedToSomeoneElseIsNotAContradiction() {
    source("a", "The mining company paid the fine for polluting the Lyon river.")
        .source("b", "The mining company never paid the fine for polluting the Lyon river, the union said.");
    assertThat(statements()).hasSize(2);
    assertThat(findings()).isEmpty();
  }

  @Test
  void quotedWordsAreLeftToTheQuoteRule() {
    source("a", "“The mining company paid the fine for polluting the river,” Tom Reyes said.")
        .source("b", "“The mining company paid the fine for polluting the river,” Ana Silva said.");
    assertThat(statements()).isEmpty();
    assertThat(findings()).isEmpty();
  }

  @Test
  void copiedTextIsOneVoiceAndMakesNoAgreement() {
    String wire = "The regional water authority closed the old reservoir below the town for repairs to the cracked dam wall.";
    source("a", wire).source("b", wire);
    assertThat(statements()).hasSize(2);
    assertThat(findings()).isEmpty();
  }

  @Test
  void aShortSentenceCopiedWithATrimOrAContractionIsStillOneWording() {
    source("a", "Shy Ely scored 23 points for the Purple Aces.")
        .source("b", "Shy Ely scored 23 points for the Purple Aces (7-2).")
        .source("c", "The union couldn't say how many workers were laid off.")
        .source("d", "The union could not say how many workers were laid off.");
    assertThat(statements()).hasSize(4);
    assertThat(findings()).isEmpty();
  }

  @Test
  void aSubjectWrittenWithItsTitleIsThePersonAndSplitsNoOne() {
    source("a", "President Barack Obama visited the flooded coast on Monday. He praised the volunteers from the "
        + "coast towns.")
        .source("b", "President Obama promised federal money for the flooded coast towns.");
    var result = Pipeline.run(sources);
    assertThat(result.report().entities()).extracting(e -> e.id()).filteredOn(id -> id.contains("obama"))
        .containsExactly("person:barack-obama");
    assertThat(result.claims().get("a")).filteredOn(c -> c.kind().equals("statement")).extracting(Claim::entity)
        .containsExactly("person:barack-obama", "person:barack-obama");
    assertThat(result.claims().get("b")).filteredOn(c -> c.kind().equals("statement")).extracting(Claim::entity)
        .containsExactly("person:barack-obama");
  }

  @Test
  void objectsAreClusteredOnlyWhenTheyShareEnoughWords() {
    StatementRule.Statement one = statement("new levy vacant luxury home");
    StatementRule.Statement two = statement("new levy vacant luxury home downtown");
    StatementRule.Statement other = statement("new levy commercial truck");
    assertThat(StatementRule.clusters(List.of(one, two, other))).hasSize(2);
    assertThat(StatementRule.alike(one.words(), other.words())).isFalse();
  }

  private static StatementRule.Statement statement(String object) {
    Claim c = new Claim("x", "statement", "s", dev.crosscheck.model.Evidence.of("s", object, new dev.crosscheck.model.Span(0, 1)),
        "council", "council", "impose", object, java.util.Map.of("modality", "asserted", "attribution", "outlet"));
    return StatementRule.Statement.of(c);
  }
}
