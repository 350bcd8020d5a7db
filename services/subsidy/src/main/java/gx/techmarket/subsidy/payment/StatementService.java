package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Statements (对账单): a beneficiary's users read their own organisation's; an admin that of any beneficiary of its
 * sub-market (the directory's region of the beneficiary now); anyone else gets 404.
 */
@ApplicationScoped
class StatementService {

    private final LedgerReports reports;
    private final Directory directory;

    StatementService(LedgerReports reports, Directory directory) {
        this.reports = reports;
        this.directory = directory;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Statement mine(Actor actor, int year) {
        String uscc = actor.orgId();
        return reports.statement(uscc, directory.current(uscc).map(OrganisationFacts::name)
                .orElse(actor.organisation().name()), year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Statement of(Actor actor, String uscc, int year) {
        Optional<OrganisationFacts> facts = directory.current(uscc);
        if (facts.isEmpty() || !actor.has(Role.ADMIN) || !actor.operates(facts.get().region())) {
            throw ProblemException.notFound("BENEFICIARY_NOT_FOUND");
        }
        return reports.statement(uscc, facts.get().name(), year);
    }
}
