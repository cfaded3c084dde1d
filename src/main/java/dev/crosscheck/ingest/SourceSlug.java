package dev.crosscheck.ingest;

import dev.crosscheck.model.SourceId;
import java.text.Normalizer;
import java.util.Locale;

/** A readable default id for a new source, made from its title or file name: {@code dock-workers-walk-out}. */
public final class SourceSlug {
  static final int MAX_LENGTH = 60;

  private SourceSlug() {}

  public static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).replaceAll("-+$", "");
    }
    if (slug.isEmpty()) {
      return "source";
    }
    return SourceId.isValid(slug) ? slug : "source-" + slug;
  }
}
