package org.newsfacts.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Recognises files that are not text whatever their extension (a PDF saved as {@code .txt}, a
 * gzipped dump), so they are rejected with a reason instead of feeding mojibake to the NLP.
 */
final class BinaryContentDetector {
    /** How much of the file is sampled for control bytes. */
    static final int SAMPLE_BYTES = 8 * 1024;
    /** Above this share of control bytes in the sample the file is taken as binary. */
    static final double MAX_CONTROL_SHARE = 0.10;

    private record Magic(String kind, byte[] prefix) {
        boolean matches(byte[] bytes) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (bytes[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Magic> MAGICS = List.of(
            new Magic("PDF", bytes('%', 'P', 'D', 'F', '-')),
            new Magic("PNG", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
            new Magic("JPEG", bytes(0xFF, 0xD8, 0xFF)),
            new Magic("GIF", bytes('G', 'I', 'F', '8')),
            new Magic("ZIP", bytes('P', 'K', 0x03, 0x04)),
            new Magic("ZIP", bytes('P', 'K', 0x05, 0x06)),
            new Magic("gzip", bytes(0x1F, 0x8B)));

    private BinaryContentDetector() {
    }

    /** Why {@code bytes} look binary, e.g. {@code looks like PDF}, or empty when they look like text. */
    static Optional<String> describe(byte[] bytes) {
        for (Magic magic : MAGICS) {
            if (magic.matches(bytes)) {
                return Optional.of("looks like " + magic.kind());
            }
        }
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        if (TextDecoder.hasUtf16Bom(bytes) || sample == 0) {
            return Optional.empty();
        }
        int control = 0;
        for (int i = 0; i < sample; i++) {
            if (isControl(bytes[i])) {
                control++;
            }
        }
        double share = (double) control / sample;
        if (share > MAX_CONTROL_SHARE) {
            return Optional.of(Math.round(share * 100) + "% control bytes in the first 8 KiB");
        }
        return Optional.empty();
    }

    /** Control bytes other than the whitespace text files use (tab, line feed, form feed, carriage return). */
    private static boolean isControl(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
