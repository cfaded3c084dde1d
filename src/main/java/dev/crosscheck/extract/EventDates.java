package dev.crosscheck.extract;

import dev.crosscheck.normalise.DateInterval;

/** How an event's date is written in a claim's value: a day, a month, or the first and last possible days. */
final class EventDates {
  private EventDates() {}

  static String render(DateInterval d) {
    if (d.start() != null && d.end() != null) {
      if (d.end().equals(d.start().plusDays(1))) {
        return d.start().toString();
      }
      if (d.start().getDayOfMonth() == 1 && d.end().equals(d.start().plusMonths(1))) {
        return d.start().toString().substring(0, 7);
      }
      return d.start() + ".." + d.end().minusDays(1);
    }
    if (d.start() != null) {
      return d.start() + "..";
    }
    return d.end() == null ? "undated" : ".." + d.end().minusDays(1);
  }
}
