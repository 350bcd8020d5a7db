package gx.techmarket.matching.match;

import java.util.List;

/**
 * A reason of a suggestion as kept in {@code match_suggestion.reasons}: its code, the shared words and the sentence
 * the matcher wrote from the facts, in zh-CN and en.
 */
record StoredReason(String code, List<String> terms, String zh, String en) {}
