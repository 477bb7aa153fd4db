package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BinaryContentDetectorTest {

    @Test
    void recognisesCommonBinaryFormatsByMagicNumber() {
        assertEquals(Optional.of("looks like PDF"), describe("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"));
        assertEquals(Optional.of("looks like PNG"), BinaryContentDetector.describe(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}));
        assertEquals(Optional.of("looks like ZIP"), BinaryContentDetector.describe(new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertEquals(Optional.of("looks like gzip"), BinaryContentDetector.describe(new byte[] {0x1F, (byte) 0x8B, 8, 0}));
    }

    @Test
    void recognisesHighShareOfControlBytes() {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x01 : 'x');
        }

        assertEquals(Optional.of("25% control bytes in the first 8 KiB"), BinaryContentDetector.describe(bytes));
    }

    @Test
    void takesTextWithScatteredNulBytesAsText() {
        byte[] bytes = "A plain line of news text.\n".repeat(20).getBytes(StandardCharsets.US_ASCII);
        bytes[10] = 0;
        bytes[300] = 0;

        assertTrue(BinaryContentDetector.describe(bytes).isEmpty());
    }

    @Test
    void takesWindowsTextAndEmptyInputAsText() {
        assertTrue(describe("Line one\r\n\tLine two\f\r\n").isEmpty());
        assertTrue(BinaryContentDetector.describe(new byte[0]).isEmpty());
    }

    private static Optional<String> describe(String text) {
        return BinaryContentDetector.describe(text.getBytes(StandardCharsets.UTF_8));
    }
}
