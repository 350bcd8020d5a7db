package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.SubMarket;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may see and run a programme, by sub-market (分市场): plain Java (ADR 0025). A programme belongs to a
 * sub-market (its {@code subMarket}: 450000 the whole province, 451000 百色 …) and spends that sub-market's budget.
 * <ul>
 * <li>An admin <b>runs</b> a programme of its own sub-market or one within it: the province every programme, 百色's
 * bureau 百色's (and its counties'), never the province's.</li>
 * <li>An admin <b>sees</b> the programmes it runs and those that cover its own region (the province's, for a city):
 * the province sees all; another city's programme is none of its business (404).</li>
 * </ul>
 */
public final class ProgrammeAccess {

    /** The actions' names, as the endpoints' last path segments (ADR 0016). */
    public static final String TERMS = "terms";
    public static final String BUDGET = "budget";
    public static final String CLOSE = "close";
    public static final String COPY = "copy";
    /** On a year: open a programme in it. */
    public static final String OPEN = "open";

    private ProgrammeAccess() {}

    /** Whether {@code actor} may change a programme of {@code subMarket} (terms, budget, close, copy, open). */
    public static boolean runs(Actor actor, String subMarket) {
        return actor.operates(subMarket);
    }

    /** Whether {@code actor} may read a programme of {@code subMarket}. */
    public static boolean sees(Actor actor, String subMarket) {
        return runs(actor, subMarket) || (actor.has(gx.techmarket.platform.security.Role.ADMIN)
                && SubMarket.of(subMarket).covers(actor.subMarket().region()));
    }

    /**
     * What {@code actor} may do to a programme now: nothing unless it runs it; an open programme's terms (while a day
     * of its year is still to come), budget, close and copy; a closed one's budget (entitlements decided before the
     * close may still wait for it) and copy. Copying needs the next year free of the programme.
     */
    public static List<String> actions(Actor actor, String subMarket, boolean open, boolean changeable,
            boolean nextYearFree) {
        List<String> actions = new ArrayList<>();
        if (!runs(actor, subMarket)) {
            return actions;
        }
        if (open && changeable) {
            actions.add(TERMS);
        }
        actions.add(BUDGET);
        if (open) {
            actions.add(CLOSE);
        }
        if (nextYearFree) {
            actions.add(COPY);
        }
        return List.copyOf(actions);
    }
}
