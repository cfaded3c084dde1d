package dev.crosscheck.normalise;

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
