package dev.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.crosscheck.BadInputException;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceId;
import dev.crosscheck.model.SourceMeta;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sources of a workspace: every {@code sources/<id>.txt} or {@code .md} file, with its optional
 * sidecar {@code sources/<id>.meta.json}. Anything it cannot use stops the run with a {@link BadInputException}.
 */
public final class SourceFiles {
  public static final String META_SUFFIX = ".meta.json";
  static final Set<String> TEXT_SUFFIXES = Set.of(".txt", ".md");
  private static final Set<String> META_FIELDS = Set.of("title", "outlet", "url", "published", "estimated", "basis");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private SourceFiles() {}

  /** All sources in {@code dir}, sorted by id. */
  public static List<Source> readAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir, "no sources folder (run 'crosscheck init' or give --workspace)");
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(dir)) {
      listing.filter(p -> textSuffix(p) != null).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new BadInputException(dir, "cannot list the folder: " + e.getMessage(), e);
    }
    List<Source> sources = new ArrayList<>(files.size());
    for (Path file : files) {
      sources.add(read(dir, file));
    }
    return sources;
  }

  /** One source file and its sidecar metadata. */
  public static Source read(Path dir, Path file) {
    String name = file.getFileName().toString();
    String suffix = textSuffix(file);
    if (suffix == null) {
      throw new BadInputException(file, "not a source: sources are .txt or .md files");
    }
    String id = name.substring(0, name.length() - suffix.length());
    try {
      SourceId.check(id);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file, e.getMessage());
    }
    if (Files.isSymbolicLink(file)) {
      Path target;
      try {
        target = file.toRealPath();
      } catch (IOException e) {
        throw new BadInputException(file, "broken symbolic link");
      }
      try {
        if (!target.startsWith(dir.toRealPath())) {
          throw new BadInputException(file, "symbolic link points outside sources/ (" + target + "): refused");
        }
      } catch (IOException e) {
        throw new BadInputException(dir, "cannot resolve the folder: " + e.getMessage(), e);
      }
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file, "not a regular file");
    }
    String text = decode(file);
    Path metaFile = dir.resolve(id + META_SUFFIX);
    SourceMeta meta = Files.exists(metaFile, LinkOption.NOFOLLOW_LINKS) ? readMeta(metaFile, id) : SourceMeta.bare(id);
    return new Source(meta, text);
  }

  public static @Nullable String textSuffix(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String s : TEXT_SUFFIXES) {
      if (name.endsWith(s) && name.length() > s.length()) {
        return file.getFileName().toString().substring(name.length() - s.length());
      }
    }
    return null;
  }

  /** The file as strict UTF-8 (a BOM is dropped); empty, binary or mis-encoded files are refused. */
  public static String decode(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
    }
    return decode(file.toString(), bytes, StandardCharsets.UTF_8);
  }

  /** Bytes from {@code place} (a file or a web address) as text in {@code charset}, with the same refusals. */
  public static String decode(String place, byte[] bytes, Charset charset) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new BadInputException(place, "UTF-16 text: save it as UTF-8");
    }
    String text;
    try {
      text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(place, "not valid " + charset.name() + " text");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0) {
      throw new BadInputException(place, "binary file (contains NUL bytes), not text");
    }
    if (text.isBlank()) {
      throw new BadInputException(place, text.isEmpty() ? "empty file" : "file holds only white space");
    }
    return text;
  }

  /** The sidecar for {@code meta}, or null when there is nothing to say beyond the id. */
  public static @Nullable String metaJson(SourceMeta meta) {
    Map<String, Object> fields = new LinkedHashMap<>();
    putIfPresent(fields, "title", meta.title());
    putIfPresent(fields, "outlet", meta.outlet());
    putIfPresent(fields, "url", meta.url());
    putIfPresent(fields, "published", meta.published() == null ? null : meta.published().toString());
    if (meta.estimated()) {
      fields.put("estimated", true);
    }
    putIfPresent(fields, "basis", meta.basis());
    if (fields.isEmpty()) {
      return null;
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fields).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write metadata of " + meta.id(), e);
    }
  }

  private static void putIfPresent(Map<String, Object> fields, String name, @Nullable Object value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  /** Reads a sidecar; unknown fields and wrong types are refused so a typo is not silently ignored. */
  public static SourceMeta readMeta(Path metaFile, String id) {
    JsonNode root;
    try {
      root = JSON.readTree(decode(metaFile));
    } catch (JsonProcessingException e) {
      throw new BadInputException(metaFile, "malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr());
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException(metaFile, "metadata must be a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!META_FIELDS.contains(field)) {
        throw new BadInputException(metaFile, "unknown field '" + field + "' (known: " + String.join(", ", META_FIELDS.stream().sorted().toList()) + ")");
      }
    }
    String published = text(root, "published", metaFile);
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published);
      } catch (DateTimeException e) {
        throw new BadInputException(metaFile, "published '" + published + "' is not a date (YYYY-MM-DD)");
      }
      if (date.getYear() < 1800 || date.getYear() > 2200) {
        throw new BadInputException(metaFile, "published '" + published + "' has an implausible year");
      }
    }
    JsonNode est = root.get("estimated");
    boolean estimated = false;
    if (est != null && !est.isNull()) {
      if (est.getNodeType() != JsonNodeType.BOOLEAN) {
        throw new BadInputException(metaFile, "estimated must be true or false");
      }
      estimated = est.booleanValue();
    }
    if (estimated && date == null) {
      throw new BadInputException(metaFile, "estimated is true but no published date is given");
    }
    return new SourceMeta(id, text(root, "title", metaFile), text(root, "outlet", metaFile),
        text(root, "url", metaFile), date, estimated, text(root, "basis", metaFile));
  }

  private static @Nullable String text(JsonNode root, String field, Path file) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new BadInputException(file, field + " must be a string");
    }
    String s = n.textValue().strip();
    return s.isEmpty() ? null : s;
  }
}
