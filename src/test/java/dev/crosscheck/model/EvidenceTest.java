package dev.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void theQuoteSelectorFindsTheEvidenceAgainAfterTheTextAroundItMoved() {
    String text = "Lead paragraph. Former Mayor Ana Silva spoke on Monday. She left.";
    int start = text.indexOf("Former");
    Evidence e = Evidence.of("a", text, new Span(start, text.indexOf(" She")));
    assertThat(e.selectors()).containsExactly(new Selector.TextPosition(16, 55),
        new Selector.TextQuote("Former Mayor Ana Silva spoke on Monday.", "Lead paragraph. ", " She left."));
    String edited = "A new, longer lead paragraph was written. " + text.replace("Lead", "Second");
    Selector.TextQuote quote = (Selector.TextQuote) e.selectors().get(1);
    int found = edited.indexOf(quote.exact());
    assertThat(found).isNotEqualTo(start);
    assertThat(edited.substring(found + quote.exact().length())).startsWith(quote.suffix());
  }

  @Test
  void theContextIsAtMost32CharactersAndNeverHalfACharacter() {
    String text = "x".repeat(31) + "😀" + "Mayor Ana Silva spoke." + "😀" + "y".repeat(40);
    int start = text.indexOf("Mayor");
    int end = text.indexOf(".") + 1;
    Evidence e = Evidence.of("a", text, new Span(start, end));
    assertThat(e.prefix()).isEqualTo("x".repeat(30) + "😀");
    assertThat(e.suffix()).isEqualTo("😀" + "y".repeat(30));
    // 32 characters back falls between the two halves of the emoji: the prefix starts after it
    Evidence cut = Evidence.of("a", "😀" + "x".repeat(31) + "Mayor😀", new Span(33, 38));
    assertThat(cut.prefix()).isEqualTo("x".repeat(31));
    assertThat(cut.suffix()).isEqualTo("😀");
    Evidence atEnd = Evidence.of("a", "Mayor" + "y".repeat(31) + "😀", new Span(0, 5));
    assertThat(atEnd.suffix()).isEqualTo("y".repeat(31));
  }
}
