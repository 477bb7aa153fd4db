package org.newsfacts.model;

/**
 * A time expression with its normalized TIMEX3 value ({@code 2022-09}, {@code XXXX-09}, {@code 2018}),
 * anchored to the article date when the article has one.
 */
public record Timex(int tokenStart, int tokenEnd, String text, String value, String type) {
}
