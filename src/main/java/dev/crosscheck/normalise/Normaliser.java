package dev.crosscheck.normalise;

import dev.crosscheck.model.ReferenceDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The normalisation stage: every date, duration and quantity in a text, with exact values and traces.
 * Results are sorted by start and never overlap; where candidates overlap the longest wins.
 */
public final class Normaliser {
  /** Bump when normalisation changes what it produces, so cached expressions are computed again. */
  public static final String VERSION = "10";

  /**
   * Every recogniser proposes candidates and overlaps are settled afterwards; on a full tie (same span
   * and type) the earlier one here wins.
   */
  private static final List<Function<Passage, List<Expression>>> RECOGNISERS = List.of(
      CalendarDates::find, DayDates::find, DateRanges::find, Quarters::find, Offsets::find, NthWeekdays::find,
      CalendarPeriods::find, WeeksOf::find, PeriodDates::find, Decades::find, Weekends::find, PartsOfYear::find, Weekdays::find, RelativeDates::find, Durations::find,
      FiscalYears::find, EdgeRanges::find, Lengths::find, ShortYears::find, NumberedWeeks::find,
      YearParts::find, DayLists::find,
      Quantities::find);

  private Normaliser() {}

  /**
   * @param reference the publication date relative expressions resolve against; null leaves them
   *     unresolved (value with X's, trace rule {@code unresolved-no-reference})
   */
  public static List<Expression> find(String text, @Nullable ReferenceDate reference) {
    Objects.requireNonNull(text, "text");
    Passage passage = new Passage(text, reference);
    List<Expression> candidates = new ArrayList<>();
    for (Function<Passage, List<Expression>> recogniser : RECOGNISERS) {
      candidates.addAll(recogniser.apply(passage));
    }
    List<Expression> found = Offsets.fromDates(text,
        DateRanges.join(text, WeekdayDates.join(text, Overlaps.longestFirst(candidates))));
    return Anaphora.resolve(text, CountedWeekdays.join(passage, SpanJoins.apply(text, DateBounds.apply(text, found))));
  }
}
