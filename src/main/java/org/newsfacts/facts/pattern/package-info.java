/**
 * Declarative dependency patterns: a small Semgrex-like language matched over our own dependency records
 * ({@link org.newsfacts.model.Dependency}), so fact rules read {@code models/patterns/*.patterns} files instead
 * of walking tokens, and rule tests run on hand-built graphs without loading a model.
 */
package org.newsfacts.facts.pattern;
