package gx.techmarket.directory.people;

import java.time.LocalDate;

/**
 * A relation an expert declares with an organisation, for the conflict checks of a panel draw (回避): each with the
 * period it held. {@code FORMER_EMPLOYER} bars for {@link #FORMER_EMPLOYER_YEARS} years after its end (the common
 * "近三年内曾在该单位任职" rule of expert review); the others only within their period.
 */
public enum RelationKind {
    /** 兼职: employed there besides the expert's own organisation. */
    EMPLOYER,
    /** 曾任职: a former employer; the period is the employment. */
    FORMER_EMPLOYER,
    /** 咨询/顾问: paid consulting or advice. */
    CONSULTING,
    /** 亲属: a close relative holds a post there. */
    FAMILY;

    /** How long a former employer still counts after the employment ended. */
    public static final int FORMER_EMPLOYER_YEARS = 3;

    /**
     * Whether a relation of this kind held from {@code from} to {@code to} (both included; null = still holds)
     * counts on {@code day}.
     */
    public boolean inForceOn(LocalDate from, LocalDate to, LocalDate day) {
        if (day.isBefore(from)) {
            return false;
        }
        if (to == null) {
            return true;
        }
        LocalDate lastDay = this == FORMER_EMPLOYER ? to.plusYears(FORMER_EMPLOYER_YEARS) : to;
        return !day.isAfter(lastDay);
    }
}
