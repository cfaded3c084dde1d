package dev.crosscheck.normalise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days a date expression may mean: [start, end), a null bound is open ("recently" has no start).
 */
public record DateInterval(@Nullable LocalDate start, @Nullable LocalDate end) implements Interval {
  public DateInterval {
    if (start != null && end != null && !start.isBefore(end)) {
      throw new IllegalArgumentException("empty date interval [" + start + ", " + end + ")");
    }
  }

  public static DateInterval day(LocalDate day) {
    return new DateInterval(day, day.plusDays(1));
  }

  @Override
  public boolean overlaps(Interval other) {
    if (!(other instanceof DateInterval o)) {
      return false;
    }
    boolean startsBeforeOtherEnds = start == null || o.end == null || start.isBefore(o.end);
    boolean otherStartsBeforeEnd = o.start == null || end == null || o.start.isBefore(end);
    return startsBeforeOtherEnds && otherStartsBeforeEnd;
  }
}
