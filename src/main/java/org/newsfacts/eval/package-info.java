/**
 * Scoring extracted facts against hand-made gold facts, downstream of everything else: it reads the
 * exported shapes ({@code model}) and gold JSON Lines, never the pipeline. The matching rules mirror
 * {@code tools/score-facts.py} exactly, so the {@code eval} command and the reference scorer report the same
 * numbers on the same files; change both together or neither.
 */
package org.newsfacts.eval;
