package gx.techmarket.platform.search.match;

import java.util.List;
import java.util.Objects;

/**
 * One reason of a {@link Match}: its code, the shared words it names (for {@link MatchReasonCode#SHARED_TERMS}; empty
 * otherwise) and a plain-language sentence naming the facts it used, in zh-CN and in English.
 */
public record MatchReason(MatchReasonCode code, List<String> terms /* shared words, may be empty */,
        String zh /* plain-language sentence, zh-CN */, String en) {

    public MatchReason {
        Objects.requireNonNull(code, "code");
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
