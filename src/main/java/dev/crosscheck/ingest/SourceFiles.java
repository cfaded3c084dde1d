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
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
  /**
   * The most a file in {@code sources/} may hold: ten times the longest feature article, and about a minute
   * of checking. A larger file is refused before it is read.
   */
  public static final int MAX_BYTES = 2 << 20;
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
    Map<String, Path> byId = new java.util.HashMap<>();
    // read on all cores; a problem is reported for the first bad file in name order, as a one-by-one read would
    List<Object> read = files.parallelStream().map(file -> {
      try {
        return (Object) read(dir, file);
      } catch (RuntimeException e) {
        return e;
      }
    }).toList();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      if (read.get(i) instanceof RuntimeException e) {
        throw e;
      }
      Source source = (Source) read.get(i);
      Path other = byId.putIfAbsent(source.id(), file);
      if (other != null) {
        throw new BadInputException(file, "source id '" + source.id() + "' is also the id of " + other.getFileName()
            + ": keep one of the two");
      }
      sources.add(source);
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
    String text = decode(requireInside(dir, file));
    Path metaFile = dir.resolve(id + META_SUFFIX);
    SourceMeta meta = Files.exists(metaFile, LinkOption.NOFOLLOW_LINKS)
        ? readMeta(requireInside(dir, metaFile), id) : SourceMeta.bare(id);
    return new Source(meta, text);
  }

  /** {@code file}, once it is known to be a regular file that is, or links to one, inside {@code dir}. */
  public static Path requireInside(Path dir, Path file) {
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
    return file;
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
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new BadInputException(file, "too large: " + megabytes(size) + ", more than the " + megabytes(MAX_BYTES)
            + " a file in sources/ may hold: split it into several sources");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
    }
    return decode(file.toString(), bytes, StandardCharsets.UTF_8);
  }

  /** "1.5 MB" (decimal, as file managers show sizes). */
  public static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /** Bytes from {@code place} (a file or a web address) as text in {@code charset}, with the same refusals. */
  public static String decode(String place, byte[] bytes, Charset charset) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new BadInputException(place, "UTF-16 text: save it as UTF-8");
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0 && (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1)
        || charset.equals(StandardCharsets.US_ASCII))) {
      throw new BadInputException(place, "binary file (a NUL byte at offset " + nul + "), not text");
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
        (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isOverflow()) {
      throw new IllegalStateException("decoding " + place + ": the buffer was sized for the longest text");
    }
    if (result.isError()) {
      int at = in.position();
      throw new BadInputException(place, "not valid " + charset.name() + " text (byte 0x"
          + String.format(Locale.ROOT, "%02X", bytes[at] & 0xff) + " at offset " + at + ", line " + lineAt(bytes, at) + ")");
    }
    String text = out.flip().toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0) {
      throw new BadInputException(place, "binary file (contains NUL characters), not text");
    }
    if (text.isBlank()) {
      throw new BadInputException(place, text.isEmpty() ? "empty file" : "file holds only white space");
    }
    return text;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
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
    return parseMeta(metaFile, decode(metaFile), id);
  }

  /** The metadata in {@code json}, the text of {@code metaFile}; every problem is one line naming the file. */
  public static SourceMeta parseMeta(Path metaFile, String json, String id) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
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
        throw new BadInputException(metaFile, "published '" + published + "' is not a "
            + (published.matches("\\d{4}-\\d{2}-\\d{2}") ? "date (no such day)" : "date (YYYY-MM-DD)"));
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
