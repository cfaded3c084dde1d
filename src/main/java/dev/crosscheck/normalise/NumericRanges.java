package dev.crosscheck.normalise;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Ranges of numeric dates, month first: "10/1/2018-10/7/2018", "5/1-5/7, 2020", "10/1-11/2/2017". A year
 * written once, at the end, belongs to both; the first date is the latest such day not after the last.
 */
final class NumericRanges {
  private NumericRanges() {}

  static void find(Passage p, Gated pattern, List<Expression> found) {
    for (Matcher m : pattern.in(p)) {
      MonthDay first = monthDay(m.group("m1"), m.group("d1"));
      MonthDay last = monthDay(m.group("m2"), m.group("d2"));
      if (first == null || last == null) {
        continue;
      }
      String endYear = m.group("y2") != null ? m.group("y2") : m.group("y3");
      LocalDate end;
      LocalDate start;
      String rule;
      if (endYear != null) {
        end = Timex.valid(Integer.parseInt(endYear), last);
        if (end == null) {
          continue;
        }
        start = m.group("y1") != null ? Timex.valid(Integer.parseInt(m.group("y1")), first)
            : latestNotAfter(first, end);
        rule = "numeric-range";
      } else if (m.group("y1") != null) {
        continue; // "5/1/2019-5/7" names a year only for the first date: not a form news uses
      } else if (p.anchored()) {
        start = Timex.monthDay(first, p.anchor(), p.tense(m.start(), m.end()));
        end = start == null ? null : earliestNotBefore(last, start);
        rule = "numeric-range-tense";
      } else {
        found.add(p.unresolved(m.start(), m.end(), String.format("(XXXX-%02d-%02d,XXXX-%02d-%02d,PXD)",
            first.getMonthValue(), first.getDayOfMonth(), last.getMonthValue(), last.getDayOfMonth()),
            Passage.NO_REFERENCE));
        continue;
      }
      if (start == null || end == null || !start.isBefore(end)) {
        continue;
      }
      found.add(DateRanges.range(p, m.start(), m.end(), start, end, end.plusDays(1),
          "P" + ChronoUnit.DAYS.between(start, end) + "D", rule));
    }
  }

  private static @Nullable MonthDay monthDay(String month, String day) {
    int mo = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    if (mo < 1 || mo > 12 || d < 1 || d > java.time.Month.of(mo).maxLength()) {
      return null;
    }
    return MonthDay.of(mo, d);
  }

  private static @Nullable LocalDate latestNotAfter(MonthDay md, LocalDate limit) {
    LocalDate same = Timex.valid(limit.getYear(), md);
    return same != null && !same.isAfter(limit) ? same : Timex.valid(limit.getYear() - 1, md);
  }

  private static @Nullable LocalDate earliestNotBefore(MonthDay md, LocalDate limit) {
    LocalDate same = Timex.valid(limit.getYear(), md);
    return same != null && !same.isBefore(limit) ? same : Timex.valid(limit.getYear() + 1, md);
  }
}
