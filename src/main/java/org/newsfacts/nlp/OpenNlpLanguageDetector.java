package org.newsfacts.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's 103-language detector ({@code langdetect-183.bin} from the opennlp-models-langdetect jar).
 * The model answers in ISO 639-3; we report ISO 639-1 because that is what the schema and users expect.
 * Loading takes well under a second, so it is cheap enough to build even for small batches.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Below this many letters a guess is noise. */
    private static final int MIN_LETTERS = 20;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final LanguageDetectorME detector;

    public OpenNlpLanguageDetector() {
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is not on the classpath");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
        }
    }

    @Override
    public String detect(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        long letters = sample.chars().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        Language best;
        synchronized (detector) { // LanguageDetectorME keeps per-call buffers; the lock costs microseconds
            best = detector.predictLanguage(sample);
        }
        return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        map.put("cmn", "zh"); // the model names Mandarin by its macrolanguage member
        return Map.copyOf(map);
    }
}
