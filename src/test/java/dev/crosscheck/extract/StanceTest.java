package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.segment.Segmenter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StanceTest {
  /** The stance of a claim whose predicate is the first occurrence of {@code predicate} in {@code text}. */
  private static String stance(String text, String predicate) {
    Segmented article = Segmenter.segment(Cleaner.clean(new Source(SourceMeta.bare("s"), text)));
    int at = article.text().indexOf(predicate);
    Claim c = new Claim("", "event", "s", new Evidence("s", at, at + predicate.length(), predicate), "x", "x", "slot", "v",
        Map.of(Stance.ANCHOR, Integer.toString(at)));
    Claim out = Stance.of(c, article);
    return out.attribute(Stance.ATTRIBUTION) + " / " + out.attribute(Stance.MODALITY);
  }

  @Test
  void theOutletsOwnVoiceIsAsserted() {
    assertThat(stance("The mayor met the governor on Friday.", "met")).isEqualTo("outlet / asserted");
  }

  @Test
  void creditedClaimsAreReportedAndNameWhoSaidThem() {
    assertThat(stance("The mayor met the governor on Friday, according to the Harbour Gazette.", "met"))
        .isEqualTo("according-to: the Harbour Gazette / reported");
    assertThat(stance("Officials said the mayor met the governor on Friday.", "met")).isEqualTo("said: Officials / reported");
  }

  @Test
  void citingAReasonIsNoCreditButCitingASourceIs() {
    assertThat(stance("Trump renewed threats of tariffs, citing border concerns and trafficking.", "renewed"))
        .isEqualTo("outlet / asserted");
    assertThat(stance("The mayor met the governor, citing unnamed officials.", "met"))
        .isEqualTo("according-to: unnamed officials / reported");
    assertThat(stance("The mayor met the governor, citing Reuters.", "met")).isEqualTo("according-to: Reuters / reported");
    assertThat(stance("The mayor, citing delays, met the governor, according to the Gazette.", "met"))
        .isEqualTo("according-to: the Gazette / reported");
  }

  @Test
  void aSayingVerbAfterTheClaimDoesNotGovernIt() {
    assertThat(stance("The mayor met the governor, Ana Silva said.", "met")).isEqualTo("outlet / asserted");
  }

  @Test
  void wordsInsideQuotationMarksAreQuoted() {
    assertThat(stance("“We met the governor on Friday,” the mayor said.", "met")).startsWith("quoted /");
  }

  @Test
  void hedgesNegationsPlansAndExpectations() {
    assertThat(stance("The mayor could meet the governor.", "meet")).endsWith("/ hedged");
    assertThat(stance("The mayor did not meet the governor.", "meet")).endsWith("/ negated");
    assertThat(stance("The mayor will meet the governor.", "meet")).endsWith("/ planned");
    assertThat(stance("The mayor is expected to meet the governor.", "meet")).endsWith("/ expected");
    assertThat(stance("Will the mayor meet the governor?", "meet")).endsWith("/ question");
  }

  @Test
  void aCueInAnotherClauseOrAMonthNamedMayIsNoHedge() {
    assertThat(stance("Nobody could say why; the mayor met the governor.", "met")).endsWith("/ asserted");
    assertThat(stance("The mayor met the governor in May 2023.", "met")).endsWith("/ asserted");
  }
}
