package org.shouwang.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a CSV file is in (data contract §1): a byte-order mark decides; otherwise the
 * first few megabytes are tried as strict UTF-8, then as strict GB18030 (which covers GBK and
 * GB2312). A file that is neither is refused, never imported as mojibake.
 */
final class Encoding {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final int SAMPLE = 4 << 20;

  private Encoding() {}

  /** The charset and the length of its byte-order mark. */
  record Detected(Charset charset, int bomLength) {}

  static Detected detect(InputStream in, String fileName) throws IOException {
    byte[] sample = in.readNBytes(SAMPLE);
    boolean complete = sample.length < SAMPLE;
    if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(sample, 0xFF, 0xFE)) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (startsWith(sample, 0xFE, 0xFF)) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    if (decodes(sample, StandardCharsets.UTF_8, complete)) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    if (decodes(sample, GB18030, complete)) {
      return new Detected(GB18030, 0);
    }
    throw new FileRejected(
        "文件" + fileName + "既不是UTF-8编码也不是GB18030/GBK编码，请另存为UTF-8后重新上传",
        "file "
            + fileName
            + " is neither UTF-8 nor GB18030/GBK: save it as UTF-8 and upload again");
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Strict decoding; a sample cut in the middle of a character may end with a partial one. */
  private static boolean decodes(byte[] sample, Charset charset, boolean complete) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, complete);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    if (complete) {
      out.clear();
      return !decoder.flush(out).isError();
    }
    return in.remaining() < 4;
  }

  static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static boolean isCodingError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }
}
