package gx.techmarket.platform.search.match;

/** The terms of a text: whether it has a word or a gram. */
@FunctionalInterface
interface TermSet {

    boolean has(Terms.Kind kind, String term);
}
