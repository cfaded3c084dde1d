package dev.crosscheck.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Strings as the binary caches write them: a length, then UTF-8 (a nullable one behind a presence flag). */
final class BinaryFields {
  private BinaryFields() {}

  /** The file's bytes: {@code body}, then its CRC-32, so a damaged file is known before a field of it is read. */
  static byte[] sealed(java.io.ByteArrayOutputStream body) throws IOException {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    byte[] bytes = body.toByteArray();
    crc.update(bytes);
    DataOutputStream out = new DataOutputStream(body);
    out.writeLong(crc.getValue());
    out.flush();
    return body.toByteArray();
  }

  /** The body of a {@link #sealed} file, once its checksum matches. */
  static java.io.ByteArrayInputStream opened(byte[] bytes) throws IOException {
    if (bytes.length < 8) {
      throw new IOException("too short");
    }
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    if (crc.getValue() != java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
      throw new IOException("checksum mismatch");
    }
    return new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8);
  }

  static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static void nullable(DataOutputStream out, @Nullable String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      string(out, s);
    }
  }

  static String string(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("bad string length " + length);
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  static @Nullable String nullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? string(in) : null;
  }
}
