package dev.crosscheck.normalise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "in 3 days on Friday" is one date, the Friday: the count is the writer's round figure, the weekday the
 * day meant. Found apart they would claim two days (a Monday three days on, and the nearest Friday).
 */
final class CountedWeekdays {
  private static final Pattern ON = Pattern.compile("\\s{1,2}on\\s{1,2}", Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_WEEKDAY = Pattern.compile(CalendarWords.WEEKDAY, Pattern.CASE_INSENSITIVE);

  private CountedWeekdays() {}

  static List<Expression> join(Passage p, List<Expression> sorted) {
    if (!p.anchored()) {
      return sorted;
    }
    List<Expression> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Expression a = sorted.get(i);
      Expression b = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (b != null && a.trace().rule().equals("in-days") && b.trace().rule().startsWith("weekday-")
          && BARE_WEEKDAY.matcher(b.text()).matches() && ON.matcher(p.text()).region(a.end(), b.start()).matches()
          && a.interval() instanceof DateInterval counted && counted.start() != null) {
        LocalDate date = nearestAfter(p.anchor(), counted.start(), CalendarWords.weekday(b.text()));
        out.add(p.relative(a.start(), b.end(), date.toString(), DateInterval.day(date), "in-days-on-weekday"));
        i++;
        continue;
      }
      out.add(a);
    }
    return List.copyOf(out);
  }

  /** The weekday after the reference nearest to the counted day; on a tie the earlier one. */
  private static LocalDate nearestAfter(LocalDate reference, LocalDate counted, DayOfWeek day) {
    LocalDate before = counted.with(TemporalAdjusters.previousOrSame(day));
    LocalDate after = counted.with(TemporalAdjusters.nextOrSame(day));
    if (!before.isAfter(reference)) {
      return after;
    }
    return ChronoUnit.DAYS.between(before, counted) <= ChronoUnit.DAYS.between(counted, after) ? before : after;
  }
}
