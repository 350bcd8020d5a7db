package gx.techmarket.contracts.events;

/** What kind of published listing an expression of interest (意向洽谈) is about. */
public enum ListingKind {
    /** 科技成果 (catalogue.results.v1). */
    RESULT,
    /** 技术需求 (demand.demands.v1). */
    DEMAND
}
