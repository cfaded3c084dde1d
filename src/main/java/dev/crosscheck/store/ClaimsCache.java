package dev.crosscheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.extract.Extraction;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.normalise.Normaliser;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.report.ExpressionJson;
import dev.crosscheck.report.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * {@code .crosscheck/claims.bin}: the content of every claims file the last check wrote, with the file's size and
 * modification time, so the next check reads claims it can reuse from one binary file instead of parsing a thousand
 * JSON files, and leaves a claims file alone when its content has not changed. An entry is used only while its
 * claims file still has the recorded size and time (a file edited, replaced or removed since is read as JSON, or
 * not at all, as without this cache). Like {@link PreparedSourcesFile} it is a cache: a missing, damaged or foreign
 * file is ignored and replaced by the next check, never an error.
 */
public final class ClaimsCache {
  public static final String NAME = "claims.bin";
  private static final int MAGIC = 0x4343434c; // "CCCL"
  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

  /**
   * One claims file as last written: its content, and the size and time that show it is still that file.
   * {@code encoded} is the content as this cache holds it, when read from the cache, so an unchanged entry is
   * written back as it was rather than encoded again; it takes no part in equality.
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
      return Map.of(); // a damaged or foreign cache is only slower: the claims files are parsed instead
    }
  }

  /**
   * Records the claims files just written for {@code contents} (by source id), unless the cache already holds
   * exactly these; returns whether it wrote. A cache that cannot be written is skipped: the claims files are on disk.
   */
  public static boolean write(Workspace ws, Map<String, ClaimsFile> contents, Map<String, Entry> before) {
    try {
      Map<String, Entry> entries = new TreeMap<>();
      for (Map.Entry<String, ClaimsFile> c : contents.entrySet()) {
        BasicFileAttributes stat = stat(ws.claims().resolve(c.getKey() + Workspace.CLAIMS_SUFFIX));
        if (stat != null) {
          Entry old = before.get(c.getKey());
          byte[] encoded = old != null && old.content().equals(c.getValue()) ? old.encoded() : null;
          entries.put(c.getKey(), new Entry(c.getValue(), stat.size(), nanos(stat), encoded));
        }
      }
      if (entries.equals(new TreeMap<>(before))) {
        return false;
      }
      AtomicFiles.removeLeftovers(path(ws).getParent());
      AtomicFiles.writeRegenerable(path(ws), encode(entries, key()));
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
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
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private static long nanos(BasicFileAttributes stat) {
    return stat.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }

  /** What the cached content depends on: this layout, the claims schema and the stages' versions. */
  static String key() {
    return String.join("|", "1", ClaimsFile.SCHEMA, Extraction.VERSION, Normaliser.VERSION);
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
        claimsFile(out, e.getValue().content());
      }
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());
    out.flush();
    return bytes.toByteArray();
  }

  static Map<String, Entry> decode(byte[] bytes, String key) throws IOException {
    if (bytes.length < 8) {
      throw new IOException("too short");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
      throw new IOException("checksum mismatch");
    }
    ByteArrayInputStream stream = new ByteArrayInputStream(bytes, 0, bytes.length - 8);
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
      ClaimsFile content = claimsFile(in);
      int to = bytes.length - 8 - stream.available();
      out.put(id, new Entry(content, size, modified, java.util.Arrays.copyOfRange(bytes, from, to)));
    }
    if (in.read() != -1) {
      throw new IOException("trailing bytes");
    }
    return out;
  }

  private static void claimsFile(DataOutputStream out, ClaimsFile f) throws IOException {
    BinaryFields.string(out, f.schema());
    BinaryFields.string(out, f.source());
    BinaryFields.string(out, f.extractor());
    BinaryFields.string(out, f.contentHash());
    out.writeInt(f.claims().size());
    for (Claim c : f.claims()) {
      BinaryFields.string(out, c.id());
      BinaryFields.string(out, c.kind());
      BinaryFields.string(out, c.source());
      Evidence e = c.evidence();
      out.writeInt(e.start());
      out.writeInt(e.end());
      BinaryFields.string(out, e.text());
      BinaryFields.string(out, e.prefix());
      BinaryFields.string(out, e.suffix());
      BinaryFields.string(out, c.subject());
      BinaryFields.string(out, c.entity());
      BinaryFields.string(out, c.slot());
      BinaryFields.string(out, c.value());
      out.writeInt(c.attributes().size());
      for (Map.Entry<String, String> a : c.attributes().entrySet()) {
        BinaryFields.string(out, a.getKey());
        BinaryFields.string(out, a.getValue());
      }
    }
    out.writeInt(f.expressions().size());
    for (ExpressionJson x : f.expressions()) {
      BinaryFields.string(out, x.text());
      out.writeInt(x.start());
      out.writeInt(x.end());
      BinaryFields.string(out, x.type());
      if (x.value() instanceof String s) {
        out.writeByte(0);
        BinaryFields.string(out, s);
      } else {
        out.writeByte(1);
        BinaryFields.string(out, plain(x.value()));
      }
      BinaryFields.nullable(out, x.unit());
      BinaryFields.nullable(out, x.currency());
      interval(out, x.interval() == null ? null : x.interval() instanceof JsonNode n ? n : Json.MAPPER.valueToTree(x.interval()));
      BinaryFields.string(out, x.trace().rule());
      BinaryFields.nullable(out, x.trace().anchor());
    }
  }

  private static ClaimsFile claimsFile(DataInputStream in) throws IOException {
    String schema = BinaryFields.string(in);
    String source = BinaryFields.string(in);
    String extractor = BinaryFields.string(in);
    String hash = BinaryFields.string(in);
    List<Claim> claims = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      String id = BinaryFields.string(in);
      String kind = BinaryFields.string(in);
      String claimSource = BinaryFields.string(in);
      Evidence evidence = new Evidence(claimSource, in.readInt(), in.readInt(), BinaryFields.string(in), BinaryFields.string(in),
          BinaryFields.string(in));
      String subject = BinaryFields.string(in);
      String entity = BinaryFields.string(in);
      String slot = BinaryFields.string(in);
      String value = BinaryFields.string(in);
      Map<String, String> attributes = new TreeMap<>();
      for (int a = in.readInt(); a > 0; a--) {
        attributes.put(BinaryFields.string(in), BinaryFields.string(in));
      }
      claims.add(new Claim(id, kind, claimSource, evidence, subject, entity, slot, value, attributes));
    }
    List<ExpressionJson> expressions = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      String text = BinaryFields.string(in);
      int start = in.readInt();
      int end = in.readInt();
      String type = BinaryFields.string(in);
      Object value = in.readByte() == 0 ? BinaryFields.string(in) : new BigDecimal(BinaryFields.string(in));
      expressions.add(new ExpressionJson(text, start, end, type, value, BinaryFields.nullable(in), BinaryFields.nullable(in),
          interval(in), new ExpressionJson.TraceJson(BinaryFields.string(in), BinaryFields.nullable(in))));
    }
    return new ClaimsFile(schema, source, extractor, hash, claims, expressions);
  }

  /** A number as written in a claims file (plain, never in exponent form). */
  private static String plain(@Nullable Object n) {
    if (n instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (n instanceof Integer || n instanceof Long || n instanceof BigInteger) {
      return n.toString();
    }
    throw new IllegalArgumentException("not a value of a claims file: " + n);
  }

  // An interval is a flat object of strings, numbers, booleans and nulls, kept in its field order.
  private static void interval(DataOutputStream out, @Nullable JsonNode node) throws IOException {
    if (node == null || node.isNull()) {
      out.writeInt(-1);
      return;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("not an interval: " + node);
    }
    out.writeInt(node.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      BinaryFields.string(out, field.getKey());
      JsonNode v = field.getValue();
      if (v.isTextual()) {
        out.writeByte(0);
        BinaryFields.string(out, v.textValue());
      } else if (v.isNumber()) {
        out.writeByte(1);
        BinaryFields.string(out, plain(v.numberValue() instanceof BigDecimal d ? d : v.bigIntegerValue()));
      } else if (v.isBoolean()) {
        out.writeByte(v.booleanValue() ? 2 : 3);
      } else if (v.isNull()) {
        out.writeByte(4);
      } else {
        throw new IllegalArgumentException("not a flat interval: " + node);
      }
    }
  }

  private static @Nullable JsonNode interval(DataInputStream in) throws IOException {
    int fields = in.readInt();
    if (fields < 0) {
      return null;
    }
    ObjectNode node = NODES.objectNode();
    for (int i = 0; i < fields; i++) {
      String name = BinaryFields.string(in);
      switch (in.readByte()) {
        case 0 -> node.put(name, BinaryFields.string(in));
        case 1 -> node.put(name, new BigDecimal(BinaryFields.string(in)));
        case 2 -> node.put(name, true);
        case 3 -> node.put(name, false);
        case 4 -> node.putNull(name);
        default -> throw new IOException("bad interval field " + name);
      }
    }
    return node;
  }
}
