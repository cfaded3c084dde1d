package dev.crosscheck.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.align.Aligner;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgeTest {
  private static Claim role(String source, String person, String office, String status, int start, String sentence) {
    return new Claim("role-" + source + start, "role", source, new Evidence(source, start, start + sentence.length(), sentence),
        person, person.toLowerCase(), office, status, Map.of());
  }

  private static Claim quote(String source, String speaker, String words) {
    return new Claim("quote-" + source, "quote", source, new Evidence(source, 0, words.length(), words), speaker,
        speaker.toLowerCase(), "", words, Map.of());
  }

  private static List<Finding> judge(Claim... claims) {
    return Judge.judge(Aligner.align(List.of(claims)));
  }

  @Test
  void currentAgainstFormerIsAContradictionCitingBothSides() {
    List<Finding> findings = judge(
        role("a", "Ana Silva", "mayor", "current", 0, "Mayor Ana Silva spoke."),
        role("b", "Ana Silva", "mayor", "former", 10, "Former Mayor Ana Silva spoke."),
        role("c", "Ana Silva", "mayor", "current", 5, "Mayor Ana Silva left."));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.CONTRADICTION);
      assertThat(f.rule()).isEqualTo("role-status");
      assertThat(f.values()).containsExactly("current", "former");
      assertThat(f.claims()).extracting(c -> c.source()).containsExactly("a", "b", "c");
    });
  }

  @Test
  void theSameStatusInTwoSourcesIsAnAgreementAndOneSourceIsNothing() {
    assertThat(judge(role("a", "Ana Silva", "mayor", "current", 0, "x"), role("b", "Ana Silva", "mayor", "current", 0, "y")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.AGREEMENT);
    assertThat(judge(role("a", "Ana Silva", "mayor", "current", 0, "x"), role("a", "Ana Silva", "mayor", "current", 9, "y")))
        .isEmpty();
  }

  @Test
  void differentOfficesAreNotCompared() {
    assertThat(judge(role("a", "Anna Kelly", "spokesperson", "current", 0, "x"),
        role("b", "Anna Kelly", "deputy press secretary", "former", 0, "y"))).isEmpty();
  }

  @Test
  void aTitleInsideAQuotationTakesNoSideAgainstTheSourcesOwnWords() {
    // "undo this proposal from President Bush," a campaign said in 2008; in 2009 sources call him former president
    Claim quoted = role("a", "George W. Bush", "president", "current", 0, "“Undo this proposal from President Bush.”")
        .withAttribute("voice", "quoted");
    List<Finding> found = judge(quoted, role("b", "George W. Bush", "president", "former", 0, "former president Bush"),
        role("c", "George W. Bush", "president", "former", 0, "former president George W. Bush"));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.AGREEMENT);
      assertThat(f.summary()).startsWith("2 sources agree");
    });
    // in the source's own voice the same disagreement stays a contradiction
    assertThat(judge(role("a", "George W. Bush", "president", "current", 0, "President Bush"),
        role("b", "George W. Bush", "president", "former", 0, "former president Bush")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.CONTRADICTION);
  }

  @Test
  void aContradictionWithinOneSourceIsAFinding() {
    assertThat(judge(role("a", "Ana Silva", "mayor", "current", 0, "x"), role("a", "Ana Silva", "mayor", "former", 50, "y")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.CONTRADICTION);
  }

  @Test
  void findingIdsDependOnFactsNotOnOffsetsOrWording() {
    Finding one = judge(role("a", "Ana Silva", "mayor", "current", 0, "Mayor Ana Silva spoke."),
        role("b", "Ana Silva", "mayor", "former", 10, "Former Mayor Ana Silva spoke.")).get(0);
    Finding two = judge(role("a", "Ana Silva", "mayor", "current", 400, "Yesterday Mayor Ana Silva spoke at length."),
        role("b", "Ana Silva", "mayor", "former", 3, "Former Mayor Ana Silva.")).get(0);
    assertThat(two.id()).isEqualTo(one.id());
    Finding other = judge(role("a", "Ana Silva", "mayor", "current", 0, "x"), role("c", "Ana Silva", "mayor", "former", 0, "y")).get(0);
    assertThat(other.id()).isNotEqualTo(one.id());
  }

  @Test
  void quotesWithDroppedWordsAreAMismatchAndFragmentsAgree() {
    List<Finding> mismatch = judge(
        quote("a", "PMO", "independent sovereign nations for their betterment"),
        quote("b", "Carney's office", "the leaders agreed to work as independent sovereign nations for their mutual betterment"));
    assertThat(mismatch).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.QUOTE_MISMATCH);
      assertThat(f.summary()).contains("mutual");
    });
    assertThat(judge(quote("a", "Trump", "couldn't have been nicer and i congratulated him"),
        quote("b", "Trump", "he couldn't have been nicer and i congratulated him")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.AGREEMENT);
    assertThat(judge(quote("a", "Trump", "we will build a wall and make them pay"),
        quote("b", "Trump", "the economy is doing better than ever before"))).isEmpty();
  }

  @Test
  void quoteComparisonNamesTheChangedWords() {
    QuoteComparison c = QuoteComparison.of("the plan is to cut taxes by half next year",
        "the plan is to raise taxes by half next year");
    assertThat(c.relation()).isEqualTo(QuoteComparison.Relation.DIFFERENT_WORDS);
    assertThat(c.dropped()).containsExactly("raise");
    assertThat(c.added()).containsExactly("cut");
  }

  @Test
  void twoRemarksThatShareACommonPhraseAndThenDivergeAreNotOneQuote() {
    assertThat(QuoteComparison.of("there s a lot of anger here",
        "the police have a hard time because there s a lot of crime in the neighborhood").relation())
        .isEqualTo(QuoteComparison.Relation.UNRELATED);
  }

  @Test
  void wordsChangedBetweenMatchedWordsAreAMismatchButSpacingInsideACompoundIsNot() {
    QuoteComparison c = QuoteComparison.of("we have received around 50 people with injuries sustained when the walls collapsed",
        "we have received around 50 people with injuries suffered when the walls collapsed");
    assertThat(c.relation()).isEqualTo(QuoteComparison.Relation.DIFFERENT_WORDS);
    assertThat(QuoteComparison.of("transform their data centers and build dynamic computing environments",
        "transform their datacenters and build dynamic computing environments").relation())
        .isEqualTo(QuoteComparison.Relation.PARTIAL);
  }

  @Test
  void spellingVariantsAndADroppedApostropheAreTheSameWord() {
    assertThat(QuoteComparison.of("he probably realised if he didn't he was going to be shot",
        "he probably realized if he didn't he was going to be shot").relation()).isEqualTo(QuoteComparison.Relation.PARTIAL);
    assertThat(QuoteComparison.of("i understand the greek population's anger at the catastrophe",
        "i understand the greek populations anger at the catastrophe").relation()).isEqualTo(QuoteComparison.Relation.PARTIAL);
    assertThat(QuoteComparison.of("by rolling back this 11th hour regulation we are ensuring",
        "by rolling back this eleventh hour regulation we are ensuring").relation()).isEqualTo(QuoteComparison.Relation.PARTIAL);
  }

  @Test
  void twoRemarksSharingOnlyScatteredCommonWordsAreNotOneQuote() {
    assertThat(QuoteComparison.of(
        "the scientific process to its rightful place at the heart of the endangered species act a process undermined by past administrations",
        "several last minute regulatory changes have undermined the scientific foundation of the endangered species act and today the "
            + "president restores the process to its place at the heart of the act").relation())
        .isEqualTo(QuoteComparison.Relation.UNRELATED);
  }
}
