package gx.techmarket.contracts.events;

/** What a bidder's complaint (质疑) is about. */
public enum ComplaintSubject {
    /** The qualification decision on its own bid (资格审查结果). */
    QUALIFICATION,
    /** The ranking of the evaluation (评审排名). */
    RANKING
}
