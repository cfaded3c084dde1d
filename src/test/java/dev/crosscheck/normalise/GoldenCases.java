package dev.crosscheck.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.ReferenceDate;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Shared helpers for the table-driven tests: find one expression and render its interval. */
final class GoldenCases {
  static final ReferenceDate FRIDAY = new ReferenceDate(LocalDate.of(2025, 5, 2), true, "seed estimate");

  private GoldenCases() {}

  static @Nullable ReferenceDate reference(String iso) {
    return iso.equals("-") ? null : new ReferenceDate(LocalDate.parse(iso), true, "test");
  }

  /** The expression whose text is exactly {@code found}; fails when there is none. */
  static Expression only(String text, @Nullable ReferenceDate reference, String found) {
    List<Expression> all = Normaliser.find(text, reference);
    return all.stream().filter(e -> e.text().equals(found)).findFirst().orElseThrow(
        () -> new AssertionError("\"" + found + "\" not found in \"" + text + "\"; found " + all));
  }

  /** Asserts one golden row: the expression {@code found} in {@code sentence}, resolved against {@code ref}. */
  static void assertRow(String ref, String sentence, String found, String type, String value, String interval,
      String rule) {
    Expression e = only(sentence, reference(ref), found);
    assertThat(e.type().label()).as("type").isEqualTo(type);
    assertThat(e.value()).as("value").isEqualTo(value);
    assertThat(render(e.interval())).as("interval").isEqualTo(interval);
    assertThat(e.trace().rule()).as("rule").isEqualTo(rule);
  }

  static String render(@Nullable Interval interval) {
    if (interval == null) {
      return "-";
    }
    if (interval instanceof DateInterval d) {
      return (d.start() == null ? "" : d.start().toString()) + "/" + (d.end() == null ? "" : d.end().toString());
    }
    return interval.toString();
  }
}
