package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.crosscheck.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteClaimsTest {
  private static List<Claim> quotes(String text) {
    return ExtractionFixture.extract(new QuoteClaims(), text);
  }

  @Test
  void speakerAfterTheQuoteAndAPronounForTheNextOne() {
    assertThat(quotes("“Our old relationship is over, it is done,” Angela Rossi said. “The questions now are many,” she added."))
        .extracting(Claim::subject, c -> c.attribute("attribution"))
        .containsExactly(tuple("Angela Rossi", "named"), tuple("Angela Rossi", "pronoun"));
  }

  @Test
  void speakerBeforeTheQuoteTheNearestVerbWins() {
    assertThat(quotes("Trump said, claiming Carney told him, “Let’s make a deal today.”"))
        .singleElement().extracting(Claim::subject).isEqualTo("Carney");
  }

  @Test
  void accordingToAndOfficesAreSpeakers() {
    assertThat(quotes("According to a statement from the PMO, they agreed to work as “independent, sovereign nations for their betterment.”"))
        .singleElement().extracting(Claim::subject).isEqualTo("PMO");
    assertThat(quotes("“The two leaders agreed on the importance of it,” Carney’s office said."))
        .singleElement().extracting(Claim::subject).isEqualTo("Carney’s office");
  }

  @Test
  void titlesArePeeledOffTheSpeaker() {
    assertThat(quotes("Deputy Press Secretary Anna Kelly said, “The election does not affect the plan.”"))
        .singleElement().extracting(Claim::subject).isEqualTo("Anna Kelly");
  }

  @Test
  void aParticipleTakesTheSentencesSubjectNotItsObject() {
    assertThat(quotes("Laura Dawson met with Tom Reyes, saying that talks were “going well for both sides now.”"))
        .singleElement().extracting(Claim::subject).isEqualTo("Laura Dawson");
  }

  @Test
  void aSecondQuoteInTheParagraphKeepsItsSpeaker() {
    assertThat(quotes("“There is no possibility of that,” Clow said. “This is the start of a process.”"))
        .extracting(c -> c.attribute("attribution")).containsExactly("named", "continued");
  }

  @Test
  void shortQuotesAreLabelsNotClaimsAndWordsAreNormalised() {
    List<Claim> claims = quotes("He called it “over” and said: “It’s Important – really, Truly!”");
    assertThat(claims).singleElement().extracting(Claim::value).isEqualTo("it's important really truly");
  }

  @Test
  void noSpeakerMeansUnattributedNotAGuess() {
    assertThat(quotes("The crowd held signs: “We want our country back now.”"))
        .singleElement().extracting(Claim::subject).isEqualTo(QuoteClaims.UNATTRIBUTED);
  }

  @Test
  void anApostropheSplitFromItsWordByATokeniserIsTheSameWord() {
    assertThat(QuoteWords.normalise("The third time 's the charm")).isEqualTo("the third time's the charm");
    assertThat(QuoteWords.normalise("the third time ’ s the charm")).isEqualTo("the third time's the charm");
  }
}
