package dev.crosscheck.judge;

import dev.crosscheck.model.Claim;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An event claim as the event rules read it back from its attributes: the days its date allows ([from,
 * until), either end open), its state at publication and its source's publication date.
 */
record EventDate(Claim claim, @Nullable LocalDate from, @Nullable LocalDate until, String state,
    @Nullable LocalDate published) {
  static final String KIND = "event";
  /** Claims stated this way assert nothing firm about the event. */
  private static final Set<String> NOT_FIRM = Set.of("hedged", "negated", "question");

  static EventDate of(Claim c) {
    return new EventDate(c, date(c.attribute("from")), date(c.attribute("until")), c.attribute("state"),
        date(c.attribute("published")));
  }

  private static @Nullable LocalDate date(String iso) {
    return iso.isEmpty() ? null : LocalDate.parse(iso);
  }

  boolean firm() {
    return !NOT_FIRM.contains(claim.attribute("modality"));
  }

  boolean dated() {
    return from != null || until != null;
  }

  boolean repeatable() {
    return Boolean.parseBoolean(claim.attribute("repeatable"));
  }

  boolean first() {
    return claim.attribute("ordinal").equals("first");
  }

  /** Precise enough to agree with: a month of days at most. */
  boolean precise() {
    return from != null && until != null && ChronoUnit.DAYS.between(from, until) <= 31;
  }

  /** A single day. */
  boolean day() {
    return from != null && until != null && until.equals(from.plusDays(1));
  }

  String source() {
    return claim.source();
  }

  String value() {
    return claim.value();
  }
}
