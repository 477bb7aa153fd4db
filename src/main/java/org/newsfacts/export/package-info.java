/**
 * The last stage of the flow: the one configured JSON mapper, the JSON Lines / JSON / CSV writers
 * for articles, entities, facts and merged facts (FACTS-SCHEMA v1), and atomic file writes so that a crash never
 * leaves a half-written export under its final name. A leaf: it depends only on {@code model} and Jackson.
 */
package org.newsfacts.export;
