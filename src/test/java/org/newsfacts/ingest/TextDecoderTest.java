package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void keepsValidUtf8() {
        assertEquals("caf\u00e9 \u201cok\u201d", TextDecoder.decode("caf\u00e9 \u201cok\u201d".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void decodesInvalidUtf8AsWindows1252() {
        byte[] bytes = {(byte) 0x93, 'H', 'i', (byte) 0x94, ' ', 'c', 'a', 'f', (byte) 0xE9};

        assertEquals("\u201cHi\u201d caf\u00e9", TextDecoder.decode(bytes));
    }

    @Test
    void stripsUtf8ByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'N', 'e', 'w', 's'};

        assertEquals("News", TextDecoder.decode(bytes));
    }

    @Test
    void decodesUtf16WithByteOrderMark() {
        assertEquals("Launch", TextDecoder.decode("Launch".getBytes(StandardCharsets.UTF_16)));
    }

    @Test
    void replacesNulBytesWithSpacesKeepingLength() {
        byte[] bytes = {'a', 0, 'b', 0, 0, 'c'};

        assertEquals("a b  c", TextDecoder.decode(bytes));
    }
}
