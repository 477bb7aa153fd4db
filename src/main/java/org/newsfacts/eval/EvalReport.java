package org.newsfacts.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.json.Json;

/**
 * The outcome of one scoring run: fact-level counts per type and overall, slot-level counts over all
 * facts (unmatched ones add their own side's slots), and the misses and extras behind the numbers.
 *
 * @param articlesWithoutExport gold articles whose file name no exported article carries; non-zero
 *                              usually means the run read a different folder than the gold describes
 */
public record EvalReport(List<TypeScore> perType, TypeScore overall, int slotCorrect, int slotGold,
                         int slotPredicted, int articlesWithoutExport, List<Miss> misses, List<Spurious> spurious) {
    public EvalReport {
        perType = List.copyOf(perType);
        misses = List.copyOf(misses);
        spurious = List.copyOf(spurious);
    }

    /** Correct slots over predicted slots. */
    public double slotPrecision() {
        return slots().precision();
    }

    /** Correct slots over gold slots. */
    public double slotRecall() {
        return slots().recall();
    }

    /** Harmonic mean of slot precision and recall. */
    public double slotF1() {
        return slots().f1();
    }

    /**
     * The reference scorer's non-verbose output, line for line and digit for digit (Python rounds the
     * exact binary value half-even, hence BigDecimal), so the two can be compared with {@code diff}.
     */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        for (TypeScore t : perType) {
            out.append(String.format("%-18s gold=%3d pred=%3d tp=%3d  P=%s R=%s F1=%s\n", t.type(), t.gold(),
                    t.predicted(), t.matched(), fixed(t.precision(), 2), fixed(t.recall(), 2), fixed(t.f1(), 2)));
        }
        out.append(String.format("articles without an export: %d\n", articlesWithoutExport));
        out.append(String.format("fact P=%s R=%s F1=%s  slot P=%s R=%s F1=%s\n", fixed(overall.precision(), 3),
                fixed(overall.recall(), 3), fixed(overall.f1(), 3), fixed(slotPrecision(), 3),
                fixed(slotRecall(), 3), fixed(slotF1(), 3)));
        out.append(String.format("{\"fact_f1\": %s, \"slot_f1\": %s}\n", rounded(overall.f1()), rounded(slotF1())));
        return out.toString();
    }

    /**
     * Every miss and extra grouped by article, one {@code MISS}/{@code EXTRA} line each as the scorer's
     * {@code --verbose} prints them, an extra followed by the sentence it was extracted from.
     */
    public String toListing() {
        Map<String, List<String>> byArticle = new LinkedHashMap<>();
        for (Miss m : misses) {
            byArticle.computeIfAbsent(m.article(), a -> new ArrayList<>())
                    .add(line("MISS", m.article(), m.type(), m.args(), m.date()));
        }
        for (Spurious s : spurious) {
            byArticle.computeIfAbsent(s.article(), a -> new ArrayList<>())
                    .add(line("EXTRA", s.article(), s.type(), s.args(), s.date())
                            + String.format("\n    evidence: %s", s.evidence() == null ? "-" : s.evidence()));
        }
        StringBuilder out = new StringBuilder();
        byArticle.values().forEach(lines -> lines.forEach(l -> out.append(l).append('\n')));
        return out.toString();
    }

    private TypeScore slots() {
        return new TypeScore("slots", slotGold, slotPredicted, slotCorrect);
    }

    private static String line(String kind, String article, String type, Map<String, Object> args, String date) {
        try {
            return kind + " " + article + " " + type + " " + Json.writer().writeValueAsString(args) + " "
                    + (date == null ? "None" : date);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Python's {@code f"{x:.Nf}"}. */
    static String fixed(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code repr(round(x, 3))}: no trailing zeros, but at least one decimal. */
    static String rounded(double x) {
        BigDecimal r = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.scale() <= 0 ? r.setScale(1).toPlainString() : r.toPlainString();
    }
}
