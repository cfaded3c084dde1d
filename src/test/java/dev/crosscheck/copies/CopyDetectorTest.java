package dev.crosscheck.copies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.model.CopiedPassage;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.model.Span;
import dev.crosscheck.segment.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
  private static final String WIRE = "Firefighters were called to the church shortly before ten and found smoke pouring "
      + "out of the windows at the back of the building. Five women and possibly two children were inside working on "
      + "crafts, but everyone got out safely after a fire alarm alerted them to the trouble.";

  private static Segmented source(String id, String text) {
    return Segmenter.segment(Cleaner.clean(new Source(SourceMeta.bare(id), text)));
  }

  private static CopiedPassages find(Segmented... sources) {
    return CopyDetector.find(List.of(sources));
  }

  @Test
  void anIdenticalParagraphIsOnePassageCoveringBothSentences() {
    Segmented a = source("a", "The mayor spoke on Monday.\n\n" + WIRE);
    Segmented b = source("b", WIRE + "\n\nThe investigation continues, officials said on Tuesday evening.");
    assertThat(find(a, b).passages()).singleElement().satisfies(p -> {
      assertThat(p.sourceA()).isEqualTo("a");
      assertThat(p.sourceB()).isEqualTo("b");
      assertThat(p.textA()).isEqualTo(WIRE);
      assertThat(p.textB()).isEqualTo(WIRE);
      assertThat(p.spanB()).isEqualTo(new Span(0, WIRE.length()));
      assertThat(p.sharedWords()).isGreaterThan(30);
    });
  }

  @Test
  void aLightlyEditedSentenceIsStillACopy() {
    Segmented a = source("a", "While details of the Washington visit are still being finalised, Carney’s office "
        + "confirmed the two leaders recently spoke by phone where Trump congratulated Carney on his victory.");
    Segmented b = source("b", "The exact details of the visit are still being finalised, but Carney's office "
        + "confirmed that the two leaders spoke by phone recently.");
    assertThat(find(a, b).passages()).singleElement().extracting(CopiedPassage::sharedWords).isEqualTo(16);
  }

  @Test
  void quotingTheSameStatementIsNotCopying() {
    String statement = "“The two leaders agreed on the importance of Canada and the United States working together – "
        + "as independent, sovereign nations – for their mutual betterment,”";
    Segmented a = source("a", statement + " Carney’s office said.");
    Segmented b = source("b", statement + " Carney’s office said in a statement on Tuesday.");
    assertThat(find(a, b).passages()).isEmpty();
  }

  @Test
  void aQuotationInsideCopiedTextIsPartOfThePassage() {
    String copied = "Officials said the bridge would stay closed for at least a week while engineers inspect the "
        + "damaged supports, and the mayor added: “We will not reopen it until it is safe for every driver.”";
    assertThat(find(source("a", copied), source("b", copied)).passages()).singleElement()
        .satisfies(p -> assertThat(p.textA()).endsWith("driver.”"));
  }

  @Test
  void independentReportsOfOneEventShareNamesAndNumbersButAreNotCopies() {
    Segmented a = source("a", "Canadian Prime Minister Mark Carney announced Friday that he will travel to Washington "
        + "next Tuesday to meet US President Donald Trump on 6 May at 10:30.");
    Segmented b = source("b", "Canadian Prime Minister Mark Carney is due to meet US President Donald Trump in "
        + "Washington on Tuesday (May 06) at 10:30, according to a report by Bloomberg.");
    Segmented c = source("c", "Heavy rain flooded the valley overnight and the river burst its banks near the old mill.");
    assertThat(find(a, b, c).passages()).isEmpty();
  }

  @Test
  void aSourceRepeatingItselfIsNotCopying() {
    assertThat(find(source("a", WIRE + "\n\n" + WIRE)).passages()).isEmpty();
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheSources() {
    Segmented a = source("a", WIRE);
    Segmented b = source("b", "Unrelated opening line here.\n\n" + WIRE);
    Segmented c = source("c", WIRE);
    assertThat(find(c, b, a)).isEqualTo(find(a, b, c));
    assertThat(find(a, b, c).passages()).extracting(p -> p.sourceA() + p.sourceB()).containsExactly("ab", "ac", "bc");
  }

  @Test
  void lookupMatchesEitherOrderOfTheTwoSources() {
    Segmented a = source("a", WIRE);
    Segmented b = source("b", "Unrelated opening line here.\n\n" + WIRE);
    CopiedPassages found = find(a, b);
    Span inA = new Span(5, 10);
    Span inB = new Span(40, 50);
    assertThat(found.copied("a", inA, "b", inB)).isTrue();
    assertThat(found.copied("b", inB, "a", inA)).isTrue();
    assertThat(found.copied("b", new Span(0, 10), "a", inA)).as("b's first line is its own").isFalse();
    assertThat(found.copied("a", inA, "a", inA)).isFalse();
  }
}
