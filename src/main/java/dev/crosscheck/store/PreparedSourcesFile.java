package dev.crosscheck.store;

import dev.crosscheck.PreparedSource;
import dev.crosscheck.extract.Extraction;
import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Note;
import dev.crosscheck.model.Quotation;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.model.Span;
import dev.crosscheck.normalise.Normaliser;
import dev.crosscheck.resolve.Mention;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code .crosscheck/prepared-sources.bin}: what the per-source stages (cleaning, segmentation, mention finding,
 * normalisation, extraction) made of each source at the last check, by content hash, so the next check does that
 * work only for new or changed sources. One binary
 * file (reading a thousand small ones cost more than the work they save), written atomically, ending in a CRC-32.
 * It is a cache: a file that is missing, damaged, from another build of crosscheck or made with other aliases is
 * ignored (and replaced by the next check), never an error.
 */
public final class PreparedSourcesFile {
  public static final String FOLDER = ".crosscheck";
  public static final String NAME = "prepared-sources.bin";
  private static final int MAGIC = 0x43435053; // "CCPS"
  private static final Mention.Kind[] KINDS = Mention.Kind.values();

  private PreparedSourcesFile() {}

  public static Path path(Workspace ws) {
    return ws.root().resolve(FOLDER).resolve(NAME);
  }

  /** The cached sources by content hash; empty when there is no usable file. */
  public static Map<String, PreparedSource> read(Workspace ws, Aliases aliases) {
    Path file = path(ws);
    try {
      if (!Files.isRegularFile(file)) {
        return Map.of();
      }
      return decode(Files.readAllBytes(file), key(aliases));
    } catch (IOException | RuntimeException e) {
      return Map.of(); // a damaged or foreign cache is only slower: every source is prepared again
    }
  }

  /**
   * Replaces the file with {@code prepared} unless it already holds exactly these sources; returns whether it
   * wrote. A cache that cannot be written is skipped: the check's results are already on disk.
   */
  public static boolean write(Workspace ws, List<PreparedSource> prepared, Aliases aliases,
      Map<String, PreparedSource> before) {
    Set<String> hashes = prepared.stream().map(PreparedSource::contentHash).collect(Collectors.toSet());
    if (!before.isEmpty() && hashes.equals(before.keySet())) {
      return false;
    }
    try {
      AtomicFiles.removeLeftovers(path(ws).getParent());
      AtomicFiles.writeRegenerable(path(ws), encode(prepared, key(aliases)));
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * What the cached results depend on besides each source: this file's layout, the stages' versions, the build
   * (so a rebuilt jar never trusts results of older code, even if a version was not bumped) and the aliases.
   */
  static String key(Aliases aliases) {
    return String.join("|", "2", PreparedSource.VERSION, Extraction.VERSION, Normaliser.VERSION, build(),
        com.google.common.hash.Hashing.sha256().hashString(aliases.toString(), StandardCharsets.UTF_8).toString());
  }

  /** The jar's size and time, or the newest class file's time when running from a classes folder. */
  static String build() {
    try {
      Path code = Paths.get(PreparedSourcesFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
      }
      try (Stream<Path> files = Files.walk(code)) {
        return "classes@" + files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
      }
    } catch (Exception e) {
      return "unknown";
    }
  }

  static byte[] encode(List<PreparedSource> prepared, String key) throws IOException {
    // each source is one block behind its length, made on all cores, so a reader can split the file before decoding
    List<byte[]> blocks = prepared.parallelStream().map(p -> {
      try {
        return block(p);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(blocks.stream().mapToInt(b -> b.length + 4).sum() + 256);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    BinaryFields.string(out, key);
    out.writeInt(blocks.size());
    for (byte[] block : blocks) {
      out.writeInt(block.length);
      out.write(block);
    }
    out.flush();
    return BinaryFields.sealed(bytes);
  }

  private static byte[] block(PreparedSource p) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
    DataOutputStream out = new DataOutputStream(bytes);
    Article a = p.segmented().article();
    BinaryFields.string(out, p.contentHash());
    SourceMeta m = a.meta();
    BinaryFields.string(out, m.id());
    BinaryFields.nullable(out, m.title());
    BinaryFields.nullable(out, m.outlet());
    BinaryFields.nullable(out, m.url());
    BinaryFields.nullable(out, m.published() == null ? null : m.published().toString());
    out.writeBoolean(m.estimated());
    BinaryFields.nullable(out, m.basis());
    BinaryFields.string(out, a.text());
    out.writeInt(a.notes().size());
    for (Note n : a.notes()) {
      BinaryFields.string(out, n.code());
      BinaryFields.string(out, n.message());
      out.writeInt(n.line());
    }
    out.writeInt(p.segmented().sentences().size());
    for (Sentence s : p.segmented().sentences()) {
      out.writeInt(s.start());
      out.writeInt(s.end());
      out.writeBoolean(s.heading());
    }
    out.writeInt(p.segmented().quotations().size());
    for (Quotation q : p.segmented().quotations()) {
      out.writeInt(q.span().start());
      out.writeInt(q.span().end());
      out.writeInt(q.inner().start());
      out.writeInt(q.inner().end());
    }
    out.writeInt(p.mentions().size());
    for (Mention mention : p.mentions()) {
      out.writeInt(mention.start());
      out.writeInt(mention.end());
      out.writeByte(mention.kind().ordinal());
    }
    ClaimFields.claims(out, p.claims());
    ClaimFields.expressions(out, p.expressions());
    out.flush();
    return bytes.toByteArray();
  }

  static Map<String, PreparedSource> decode(byte[] bytes, String key) throws IOException {
    DataInputStream in = new DataInputStream(BinaryFields.opened(bytes));
    if (in.readInt() != MAGIC || !key.equals(BinaryFields.string(in))) {
      return Map.of();
    }
    int count = in.readInt();
    int[] starts = new int[count];
    int[] lengths = new int[count];
    for (int i = 0; i < count; i++) {
      lengths[i] = in.readInt();
      if (lengths[i] < 0 || lengths[i] > in.available()) {
        throw new IOException("bad block length " + lengths[i]);
      }
      starts[i] = bytes.length - 8 - in.available();
      in.skipNBytes(lengths[i]);
    }
    if (in.read() != -1) {
      throw new IOException("trailing bytes");
    }
    // the blocks decode on all cores; a damaged one fails the whole read, as a damaged file must
    List<PreparedSource> decoded = java.util.stream.IntStream.range(0, count).parallel().mapToObj(i -> {
      try {
        DataInputStream block = new DataInputStream(
            new java.io.ByteArrayInputStream(bytes, starts[i], lengths[i]));
        PreparedSource p = block(block);
        if (block.read() != -1) {
          throw new IOException("trailing bytes in a block");
        }
        return p;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    Map<String, PreparedSource> out = new HashMap<>(Math.max(16, count * 2));
    decoded.forEach(p -> out.put(p.contentHash(), p));
    return out;
  }

  private static PreparedSource block(DataInputStream in) throws IOException {
    String hash = BinaryFields.string(in);
    String id = BinaryFields.string(in);
    SourceMeta meta = new SourceMeta(id, BinaryFields.nullable(in), BinaryFields.nullable(in), BinaryFields.nullable(in), date(BinaryFields.nullable(in)),
        in.readBoolean(), BinaryFields.nullable(in));
    String text = BinaryFields.string(in);
    List<Note> notes = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      notes.add(new Note(BinaryFields.string(in), BinaryFields.string(in), in.readInt()));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      Span span = new Span(in.readInt(), in.readInt());
      sentences.add(new Sentence(span, span.of(text), in.readBoolean()));
    }
    List<Quotation> quotations = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      Span span = new Span(in.readInt(), in.readInt());
      Span inner = new Span(in.readInt(), in.readInt());
      quotations.add(new Quotation(span, inner, inner.of(text)));
    }
    List<Mention> mentions = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      int start = in.readInt();
      int end = in.readInt();
      mentions.add(new Mention(text.substring(start, end), start, end, KINDS[in.readByte()], id));
    }
    Segmented segmented = new Segmented(new Article(meta, text, notes), sentences, quotations);
    return new PreparedSource(hash, segmented, mentions, ClaimFields.claims(in), ClaimFields.expressions(in));
  }

  private static @Nullable LocalDate date(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
