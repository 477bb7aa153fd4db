package org.newsfacts.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a text file's bytes into a string without ever failing: UTF-8 when the bytes are valid
 * UTF-8, windows-1252 otherwise (the usual encoding of older news archives), UTF-16 when a BOM says so.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * The decoded text, without a byte order mark. NUL bytes become spaces so that stray padding
     * neither breaks the NLP nor shifts any character offset.
     */
    static String decode(byte[] bytes) {
        String text;
        if (hasUtf16Bom(bytes)) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            int offset = hasUtf8Bom(bytes) ? 3 : 0;
            text = decodeUtf8OrWindows1252(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        }
        return text.indexOf('\0') < 0 ? text : text.replace('\0', ' ');
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static String decodeUtf8OrWindows1252(ByteBuffer buffer) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer.duplicate())
                    .toString();
        } catch (CharacterCodingException e) {
            return WINDOWS_1252.decode(buffer).toString();
        }
    }
}
