package org.newsfacts.eval;

/**
 * Fact-level counts for one type (or all of them): gold facts, predicted facts, and one-to-one matches.
 * Ratios with a zero denominator are 0, as in the reference scorer.
 */
public record TypeScore(String type, int gold, int predicted, int matched) {

    /** Matched over predicted. */
    public double precision() {
        return predicted == 0 ? 0.0 : (double) matched / predicted;
    }

    /** Matched over gold. */
    public double recall() {
        return gold == 0 ? 0.0 : (double) matched / gold;
    }

    /** Harmonic mean of precision and recall, computed in the scorer's order so the doubles are identical. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
    }
}
