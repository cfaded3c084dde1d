package dev.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.BadInputException;
import dev.crosscheck.model.Aliases;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the user's aliases, {@code sources/aliases.json}; no file means no aliases. The layout:
 * <pre>{@code {"aliases": [{"name": "USMCA", "kind": "agreement", "aliases": ["CUSMA"]}]}}</pre>
 */
public final class AliasesFile {
  public static final String NAME = "aliases.json";
  private static final Set<String> ENTRY_FIELDS = Set.of("name", "kind", "aliases");
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private AliasesFile() {}

  /** The aliases in {@code sourcesDir/aliases.json}, or none when there is no such file. */
  public static Aliases read(Path sourcesDir) {
    Path file = sourcesDir.resolve(NAME);
    return Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        ? parse(file, SourceFiles.decode(SourceFiles.requireInside(sourcesDir, file))) : Aliases.NONE;
  }

  /** Parses the text of an aliases file; every problem is a one-line {@link BadInputException} naming {@code file}. */
  public static Aliases parse(Path file, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadInputException(file, "malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr());
    }
    if (root == null || !root.isObject() || root.size() != 1 || !root.has("aliases") || !root.get("aliases").isArray()) {
      throw new BadInputException(file, "expected {\"aliases\": [{\"name\": …, \"kind\": …, \"aliases\": […]}, …]}");
    }
    List<Aliases.Entry> entries = new ArrayList<>();
    int n = 0;
    for (JsonNode node : root.get("aliases")) {
      n++;
      entries.add(entry(file, node, n));
    }
    try {
      return new Aliases(entries);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file, e.getMessage());
    }
  }

  private static Aliases.Entry entry(Path file, JsonNode node, int n) {
    String where = "entry " + n;
    if (!node.isObject()) {
      throw new BadInputException(file, where + " is not an object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!ENTRY_FIELDS.contains(field)) {
        throw new BadInputException(file, where + " has the unknown field '" + field + "' (known: aliases, kind, name)");
      }
    }
    String name = text(file, node.get("name"), where + " name");
    String kind = text(file, node.get("kind"), where + " kind");
    JsonNode list = node.get("aliases");
    if (list == null || !list.isArray()) {
      throw new BadInputException(file, where + " ('" + name + "') needs \"aliases\": a list of names");
    }
    List<String> aliases = new ArrayList<>();
    for (JsonNode a : list) {
      aliases.add(text(file, a, where + " ('" + name + "') alias"));
    }
    try {
      return new Aliases.Entry(name, kind, aliases);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file, where + " ('" + name + "'): " + e.getMessage());
    }
  }

  private static String text(Path file, JsonNode n, String what) {
    if (n == null || !n.isTextual() || n.textValue().isBlank()) {
      throw new BadInputException(file, what + " must be a non-empty string");
    }
    return n.textValue().strip();
  }
}
