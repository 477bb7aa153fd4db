package org.newsfacts.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsfacts.model.ModelFile;
import org.newsfacts.facts.pattern.PatternFile;

/**
 * The dependency pattern files of {@code models/patterns}, one per fact type, compiled once against the
 * lexicons' word sets. Loading fails with {@code file:line: reason} on the first bad pattern.
 */
public record FactPatterns(PatternFile roles, PatternFile leadership, PatternFile agreements) {
    private static final String DIR = "/models/patterns/";
    /** The file names, in the order of the record's components. */
    public static final List<String> FILES = List.of("role.patterns", "leadership.patterns", "agreement.patterns");

    /** The bundled pattern files. */
    public static FactPatterns bundled(Lexicons lexicons) {
        return read(name -> ModelFile.read(DIR + name), lexicons);
    }

    /** The pattern files {@code files} gives by name, compiled against the word sets of {@code lexicons}. */
    static FactPatterns read(Function<String, ModelFile> files, Lexicons lexicons) {
        Map<String, Set<String>> vocabulary = lexicons.patternVocabulary();
        List<PatternFile> read = FILES.stream().map(name -> PatternFile.read(files.apply(name), vocabulary)).toList();
        return new FactPatterns(read.get(0), read.get(1), read.get(2));
    }

    /** Every file, for the test that runs each pattern's example. */
    public List<PatternFile> all() {
        return List.of(roles, leadership, agreements);
    }
}
