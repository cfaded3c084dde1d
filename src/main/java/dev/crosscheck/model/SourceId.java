package dev.crosscheck.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for a source id: it is a file stem inside {@code sources/}, so it must not be able to escape it. */
public final class SourceId {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  // Windows device names: a file with such a stem cannot be created or read back there.
  private static final Set<String> RESERVED = Set.of(
      "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
      "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private SourceId() {}

  /** Returns the id if it is safe to use as a file stem, else throws naming the problem. */
  public static String check(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("source id is empty");
    }
    if (!SAFE.matcher(id).matches() || id.contains("..")) {
      throw new IllegalArgumentException("source id '" + printable(id)
          + "' is not allowed: use letters, digits, '.', '_' and '-' (no '..', no path separators)");
    }
    String stem = id.toLowerCase(Locale.ROOT);
    int dot = stem.indexOf('.');
    if (RESERVED.contains(dot < 0 ? stem : stem.substring(0, dot))) {
      throw new IllegalArgumentException("source id '" + id + "' is a reserved device name");
    }
    return id;
  }

  /** True when {@link #check} would accept the id. */
  public static boolean isValid(String id) {
    try {
      check(id);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().limit(80).forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
