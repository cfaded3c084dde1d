package dev.crosscheck.normalise;

import dev.crosscheck.model.ReferenceDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The normalisation stage: every date, duration and quantity in a text, with exact values and traces.
 * Results are sorted by start and never overlap; where candidates overlap the longest wins.
 */
public final class Normaliser {
  /** Bump when normalisation changes what it produces, so cached expressions are computed again. */
  public static final String VERSION = "1";

  private Normaliser() {}

  /**
   * @param reference the publication date relative expressions resolve against; null leaves them
   *     unresolved (value with X's, trace rule {@code unresolved-no-reference})
   */
  public static List<Expression> find(String text, @Nullable ReferenceDate reference) {
    Objects.requireNonNull(text, "text");
    Passage passage = new Passage(text, reference);
    List<Expression> candidates = new ArrayList<>();
    candidates.addAll(CalendarDates.find(passage));
    candidates.addAll(DayDates.find(passage));
    candidates.addAll(DateRanges.find(passage));
    candidates.addAll(Quarters.find(passage));
    candidates.addAll(Offsets.find(passage));
    candidates.addAll(NthWeekdays.find(passage));
    candidates.addAll(CalendarPeriods.find(passage));
    candidates.addAll(WeeksOf.find(passage));
    candidates.addAll(PeriodDates.find(passage));
    candidates.addAll(Weekdays.find(passage));
    candidates.addAll(RelativeDates.find(passage));
    candidates.addAll(Durations.find(passage));
    candidates.addAll(Quantities.find(text));
    List<Expression> found = Offsets.fromDates(text,
        DateRanges.join(text, WeekdayDates.join(text, Overlaps.longestFirst(candidates))));
    return DateBounds.apply(text, found);
  }
}
