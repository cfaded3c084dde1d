package dev.crosscheck.store;

import dev.crosscheck.extract.Extraction;
import dev.crosscheck.model.Claim;
import dev.crosscheck.normalise.Normaliser;
import dev.crosscheck.report.ClaimsFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * {@code .crosscheck/claims.bin}: the content of every claims file the last check wrote, with the file's size and
 * modification time, so the next check knows without parsing a thousand JSON files which claims files already hold
 * what it would write, and leaves those alone. An entry counts only while its claims file still has the recorded
 * size and time (a file edited, replaced or removed since is compared or written as without this cache). Like
 * {@link PreparedSourcesFile} it is a cache: a missing, damaged or foreign file is ignored and replaced by the next
 * check, never an error.
 */
public final class ClaimsCache {
  public static final String NAME = "claims.bin";
  private static final int MAGIC = 0x4343434c; // "CCCL"

  /**
   * One claims file as last written: its content, and the size and time that show it is still that file.
   * {@code encoded} is the content as this cache holds it (when read from the cache or written by this JVM), so an
   * unchanged entry is written back as it was rather than encoded again; it takes no part in equality.
   */
  public record Entry(ClaimsFile content, long size, long modifiedNanos, byte @Nullable [] encoded) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e && size == e.size && modifiedNanos == e.modifiedNanos && content.equals(e.content);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(content, size, modifiedNanos);
    }
  }

  private ClaimsCache() {}

  public static Path path(Workspace ws) {
    return ws.root().resolve(PreparedSourcesFile.FOLDER).resolve(NAME);
  }

  /** The cached claims files by source id; empty when there is no usable cache. */
  public static Map<String, Entry> read(Workspace ws) {
    Path file = path(ws);
    try {
      if (!Files.isRegularFile(file)) {
        return Map.of();
      }
      return decode(Files.readAllBytes(file), key());
    } catch (IOException | RuntimeException e) {
      return Map.of(); // a damaged or foreign cache is only slower: every claims file is compared before it is written
    }
  }

  /**
   * The sources whose claims file already holds what {@code contents} has for them. A claims file of the same
   * source content, made by the same build, holds the same expressions and the same claims up to what resolution
   * decides across sources (subject, entity, slot, value, attributes): only those are compared, field by field,
   * on all cores (a record's generated equals was slow enough in a fresh JVM to cost a tenth of a re-check).
   */
  public static Set<String> unchanged(Map<String, ClaimsFile> contents, Map<String, ClaimsFile> onDisk) {
    return contents.entrySet().parallelStream().filter(e -> same(e.getValue(), onDisk.get(e.getKey())))
        .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
  }

  private static boolean same(ClaimsFile now, @Nullable ClaimsFile before) {
    if (before == null || !now.contentHash().equals(before.contentHash()) || !now.extractor().equals(before.extractor())
        || !now.schema().equals(before.schema()) || now.claims().size() != before.claims().size()
        || now.expressions().size() != before.expressions().size()) {
      return false;
    }
    for (int i = 0; i < now.claims().size(); i++) {
      Claim a = now.claims().get(i);
      Claim b = before.claims().get(i);
      if (!a.id().equals(b.id()) || !a.subject().equals(b.subject()) || !a.entity().equals(b.entity())
          || !a.slot().equals(b.slot()) || !a.value().equals(b.value()) || !a.attributes().equals(b.attributes())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Records the claims files just written for {@code contents} (by source id); the files of {@code unchanged} were
   * left alone, so their entries in {@code before} still hold. Writes nothing when the cache already holds exactly
   * these. Returns what the cache file now holds ({@code before} when it was not written). A cache that cannot be
   * written is skipped: the claims files are on disk.
   */
  public static Map<String, Entry> write(Workspace ws, Map<String, ClaimsFile> contents, Map<String, Entry> before,
      Set<String> unchanged) {
    try {
      if (unchanged.size() == contents.size() && before.keySet().equals(contents.keySet())
          && unchanged.containsAll(contents.keySet())) {
        return before;
      }
      // each entry is a stat and an encoding of its own: made on all cores, kept in id order
      List<Map.Entry<String, ClaimsFile>> files = List.copyOf(contents.entrySet());
      Entry[] made = new Entry[files.size()];
      java.util.stream.IntStream.range(0, files.size()).parallel()
          .forEach(i -> made[i] = entry(ws, files.get(i).getKey(), files.get(i).getValue(), before, unchanged));
      Map<String, Entry> entries = new TreeMap<>();
      for (int i = 0; i < made.length; i++) {
        if (made[i] != null) {
          entries.put(files.get(i).getKey(), made[i]);
        }
      }
      AtomicFiles.removeLeftovers(path(ws).getParent());
      AtomicFiles.writeRegenerable(path(ws), encode(entries, key()));
      return java.util.Collections.unmodifiableMap(entries);
    } catch (IOException | RuntimeException e) {
      return before;
    }
  }

  /** What each claims file holds, by source id, for the files still as the cache describes them. */
  public static Map<String, ClaimsFile> onDisk(Workspace ws, Map<String, Entry> cached) {
    Map<String, ClaimsFile> out = new java.util.concurrent.ConcurrentHashMap<>();
    cached.entrySet().parallelStream().forEach(e -> {
      ClaimsFile content = current(e.getValue(), ws.claims().resolve(e.getKey() + Workspace.CLAIMS_SUFFIX));
      if (content != null) {
        out.put(e.getKey(), content);
      }
    });
    return out;
  }

  /** The entry for {@code claimsFile} if it is still the file the cache describes, else null. */
  static @Nullable ClaimsFile current(@Nullable Entry entry, Path claimsFile) {
    if (entry == null) {
      return null;
    }
    BasicFileAttributes stat = stat(claimsFile);
    return stat != null && stat.size() == entry.size() && nanos(stat) == entry.modifiedNanos() ? entry.content() : null;
  }

  private static @Nullable BasicFileAttributes stat(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null; // gone or unreadable: not the file the cache describes
    }
  }

  private static long nanos(BasicFileAttributes stat) {
    return stat.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }

  /** What the cached content depends on: this layout, the claims schema, the stages' versions and the build. */
  static String key() {
    return String.join("|", "1", ClaimsFile.SCHEMA, Extraction.VERSION, Normaliser.VERSION, PreparedSourcesFile.build());
  }

  /** The entry for one claims file as this check left it; null when the file is not there. */
  private static @Nullable Entry entry(Workspace ws, String id, ClaimsFile content, Map<String, Entry> before,
      Set<String> unchanged) {
    Entry old = before.get(id);
    if (old != null && unchanged.contains(id)) {
      return old;
    }
    BasicFileAttributes stat = stat(ws.claims().resolve(id + Workspace.CLAIMS_SUFFIX));
    if (stat == null) {
      return null;
    }
    try {
      // encoded once: a session keeping these entries in memory writes them back as they are (CheckSession)
      return new Entry(content, stat.size(), nanos(stat), encoded(content));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] encoded(ClaimsFile content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
    DataOutputStream out = new DataOutputStream(bytes);
    ClaimFields.claimsFile(out, content);
    out.flush();
    return bytes.toByteArray();
  }

  /** The cache file's bytes; an entry read from a cache is written back from its stored bytes. */
  static byte[] encode(Map<String, Entry> entries, String key) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    BinaryFields.string(out, key);
    out.writeInt(entries.size());
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      BinaryFields.string(out, e.getKey());
      out.writeLong(e.getValue().size());
      out.writeLong(e.getValue().modifiedNanos());
      byte[] encoded = e.getValue().encoded();
      if (encoded != null) {
        out.write(encoded);
      } else {
        ClaimFields.claimsFile(out, e.getValue().content());
      }
    }
    out.flush();
    return BinaryFields.sealed(bytes);
  }

  static Map<String, Entry> decode(byte[] bytes, String key) throws IOException {
    ByteArrayInputStream stream = BinaryFields.opened(bytes);
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != MAGIC || !key.equals(BinaryFields.string(in))) {
      return Map.of();
    }
    int count = in.readInt();
    Map<String, Entry> out = new HashMap<>(Math.max(16, count * 2));
    for (int i = 0; i < count; i++) {
      String id = BinaryFields.string(in);
      long size = in.readLong();
      long modified = in.readLong();
      int from = bytes.length - 8 - stream.available();
      ClaimsFile content = ClaimFields.claimsFile(in);
      int to = bytes.length - 8 - stream.available();
      out.put(id, new Entry(content, size, modified, java.util.Arrays.copyOfRange(bytes, from, to)));
    }
    if (in.read() != -1) {
      throw new IOException("trailing bytes");
    }
    return out;
  }
}
