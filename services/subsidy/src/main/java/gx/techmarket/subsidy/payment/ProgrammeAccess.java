package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who pays a programme-year: the admins whose sub-market covers the programme's (the province any programme, 百色's
 * bureau a 百色 programme). To anyone else the programme-year, its batches and its reconciliation do not exist (404).
 */
@ApplicationScoped
class ProgrammeAccess {

    private final Budgets budgets;

    ProgrammeAccess(Budgets budgets) {
        this.budgets = budgets;
    }

    boolean runs(Actor actor, String code, int year) {
        Optional<ProgrammeTerms> terms = budgets.terms(code, year);
        return terms.isPresent() && actor.has(Role.ADMIN) && actor.operates(terms.get().subMarket());
    }

    /** @throws ProblemException 404 {@code PROGRAMME_NOT_FOUND} unless the caller runs the programme-year */
    void require(Actor actor, String code, int year) {
        if (!runs(actor, code, year)) {
            throw ProblemException.notFound("PROGRAMME_NOT_FOUND", code, String.valueOf(year));
        }
    }
}
