package dev.crosscheck.ingest;

import com.google.common.hash.Hashing;
import dev.crosscheck.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds a new article's copies among the existing ones: the same text, or mostly the same (a syndicated copy). */
public final class Duplicates {
  /** The share of word runs two texts must have in common to count as copies of one another. */
  public static final double NEAR_SHARE = 0.8;
  private static final int SHINGLE = 5;

  private Duplicates() {}

  /** The existing article with exactly this cleaned text, if any. */
  public static Optional<Article> sameText(Article added, List<Article> existing) {
    String hash = sha256(added.text());
    return existing.stream().filter(a -> sha256(a.text()).equals(hash)).findFirst();
  }

  /** The existing article sharing the most word runs with this one, if the share reaches {@link #NEAR_SHARE}. */
  public static Optional<Article> mostlyShared(Article added, List<Article> existing) {
    Set<String> mine = shingles(added.text());
    Article best = null;
    double bestShare = NEAR_SHARE;
    for (Article other : existing) {
      double share = share(mine, shingles(other.text()));
      if (share >= bestShare) {
        best = other;
        bestShare = share;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Shared word runs over those of the shorter text, so a copy with a paragraph cut or added still counts. */
  static double share(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    long common = smaller.stream().filter(larger::contains).count();
    return (double) common / smaller.size();
  }

  static Set<String> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> kept = Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
    Set<String> out = new HashSet<>();
    if (kept.size() < SHINGLE) {
      out.add(String.join(" ", kept));
      return out;
    }
    for (int i = 0; i + SHINGLE <= kept.size(); i++) {
      out.add(String.join(" ", kept.subList(i, i + SHINGLE)));
    }
    return out;
  }

  static String sha256(String text) {
    return Hashing.sha256().hashString(text.strip(), StandardCharsets.UTF_8).toString();
  }
}
