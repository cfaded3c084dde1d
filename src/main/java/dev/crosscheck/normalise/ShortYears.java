package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.DAY;
import static dev.crosscheck.normalise.CalendarWords.MONTH;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month with a two-digit year after "of": "April of 87", "15 April of '87" (1987; 00-49 are this
 * century, as for "05/06/25"). Only a capitalised month, and only where the number ends the clause or a
 * joining word follows, so "the March of 50 protesters" and "May of 20 members" give no date.
 */
final class ShortYears {
  private static final Gated MONTH_OF_YY = Gated.of("\\b(?:(?<d>" + DAY + ")\\s)?(?<m>" + MONTH
      + ")\\sof\\s['’]?(?<yy>\\d{2})(?![\\w%$£€'’]|[.,]\\d)(?=\\s?(?:[.,;:!?)]|$)|\\s(?:and|when|to|until|in|at|after"
      + "|before|that|which|but|or|as)\\b)", Pattern.CASE_INSENSITIVE,
      CalendarWords.DAY_OPENERS.or(CalendarWords.MONTH_OPENERS)).requiring(Openers.words("of"));

  private ShortYears() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : MONTH_OF_YY.in(p)) {
      if (!Character.isUpperCase(m.group("m").charAt(0))) {
        continue;
      }
      int yy = Integer.parseInt(m.group("yy"));
      YearMonth month = YearMonth.of(yy < 50 ? 2000 + yy : 1900 + yy, CalendarWords.month(m.group("m")));
      if (m.group("d") == null) {
        found.add(p.absolute(m.start(), m.end(), Timex.month(month), Timex.monthInterval(month), "month-year"));
        continue;
      }
      int day = CalendarWords.day(m.group("d"));
      if (month.isValidDay(day)) {
        LocalDate date = month.atDay(day);
        found.add(p.absolute(m.start(), m.end(), date.toString(), DateInterval.day(date), "date"));
      }
    }
    return found;
  }
}
