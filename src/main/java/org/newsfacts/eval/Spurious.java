package org.newsfacts.eval;

import java.util.Map;

/**
 * A predicted fact that matched no gold fact of a scored article; {@code evidence} is the sentence it
 * was read from (null when the fact carries none), so a reader can see why the extractor fired.
 */
public record Spurious(String article, String type, Map<String, Object> args, String date, String evidence) {
}
