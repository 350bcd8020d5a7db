package gx.techmarket.directory.people;

import gx.techmarket.contracts.events.BrokerChanged;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.directory.organisation.DirectoryEvents;
import gx.techmarket.directory.organisation.Organisation;
import gx.techmarket.directory.organisation.Organisations;
import gx.techmarket.directory.people.PeopleViews.BrokerView;
import gx.techmarket.directory.people.PeopleViews.ExpertView;
import gx.techmarket.directory.people.PeopleViews.OrganisationRef;
import gx.techmarket.directory.people.PeopleViews.PersonHistoryEntry;
import gx.techmarket.directory.people.PeopleViews.PublicBrokerView;
import gx.techmarket.directory.people.PeopleViews.RelationView;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The 技术经理人 register and the 评审专家库. A broker is kept by the users of the organisation it works for and by
 * the admins of that organisation's sub-market; an expert by the admins of its organisation's sub-market. A person
 * with a market account linked to its entry sets its own contact details (and an expert its declared relations).
 * Every change is recorded in the person's history. Contact details leave the service only as the person allows
 * ({@link Visibility}), and are never logged. A broker's public facts (name, account, agency, certificate, standing)
 * are published as {@code directory.BrokerChanged.v1} in the transaction of each change that touches them.
 */
@ApplicationScoped
public class PeopleService {

    /** The kinds of organisation a 技术经理人 works for: agencies, and the transfer offices of universities and institutes. */
    static final Set<OrgKind> BROKER_EMPLOYERS = Set.of(OrgKind.AGENCY, OrgKind.UNIVERSITY, OrgKind.INSTITUTE);

    /** The directory itself, as the author of the seed's entries. */
    private static final Author DIRECTORY = new Author("directory", "机构库", "directory");

    private final People people;
    private final Organisations organisations;
    private final DirectoryEvents events;
    private final Clock clock;

    PeopleService(People people, Organisations organisations, DirectoryEvents events, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** Who made a change. */
    record Author(String username, String displayName, String organisation) {

        static Author of(Actor actor) {
            return new Author(actor.username(), actor.displayName(), actor.orgId());
        }
    }

    // ---- brokers: reads

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<BrokerView> brokers(Actor actor, People.Search search, PersonOrder order, Paging paging) {
        People.Found<Broker> found = people.brokers(search, reader(actor), order, paging);
        return Page.of(found.items(), found.total(), paging).map(b -> view(actor, b));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<PublicBrokerView> publicBrokers(People.Search search, PersonOrder order, Paging paging) {
        People.Found<Broker> found = people.brokers(search, People.Reader.PUBLIC, order, paging);
        return Page.of(found.items(), found.total(), paging).map(b -> {
            PeopleViews.ContactView c = b.contact.shownTo(Visibility.Reader.ANONYMOUS);
            return new PublicBrokerView(b.id().toString(), b.name, organisation(b.agencyUscc), b.certificateNumber,
                    b.certificateNumber != null, b.fields(), c.phone(), c.email());
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    BrokerView broker(Actor actor, String id) {
        return view(actor, visibleBroker(actor, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<PersonHistoryEntry> brokerHistory(Actor actor, String id, Paging paging) {
        Broker b = visibleBroker(actor, id);
        return history(actor, b, keepsBroker(actor, b), paging);
    }

    // ---- brokers: changes

    @Transactional
    BrokerView createBroker(Actor actor, BrokerRequest r) {
        Organisation agency = employer(r.agencyUscc(), "agencyUscc");
        requireKeeps(keepsAgency(actor, agency));
        checkBrokerEmployer(agency);
        Instant now = MarketClock.now(clock);
        Broker b = new Broker(r, now);
        checkBrokerUnique(r, b.id());
        people.persist(b);
        record(b.id(), "create", Author.of(actor), null, b.snapshot(), now);
        events.brokerChanged(b.fact(now));
        return flushedView(actor, b);
    }

    @Transactional
    BrokerView editBroker(Actor actor, String id, BrokerRequest r) {
        Broker b = keptBroker(actor, id);
        if (!r.agencyUscc().equals(b.agencyUscc)) {
            Organisation agency = employer(r.agencyUscc(), "agencyUscc");
            requireKeeps(keepsAgency(actor, agency));
            checkBrokerEmployer(agency);
        }
        checkBrokerUnique(r, b.id());
        return telling(b, () -> {
            Map<String, Object> before = b.snapshot();
            Instant now = MarketClock.now(clock);
            b.apply(r, now);
            return changed(actor, b.id(), "edit", before, b.snapshot(), now, () -> view(actor, b));
        });
    }

    @Transactional
    BrokerView setBrokerContact(Actor actor, String id, ContactRequest r) {
        Broker b = visibleBroker(actor, id);
        return setContact(actor, b, keepsBroker(actor, b), r, x -> view(actor, x));
    }

    @Transactional
    BrokerView suspendBroker(Actor actor, String id, String reason) {
        Broker b = keptBroker(actor, id);
        return telling(b, () -> suspend(actor, b, reason, x -> view(actor, x)));
    }

    @Transactional
    BrokerView reactivateBroker(Actor actor, String id) {
        Broker b = keptBroker(actor, id);
        return telling(b, () -> reactivate(actor, b, x -> view(actor, x)));
    }

    /**
     * Makes a change to a broker and, when it touched one of the broker's public facts, tells them in the same
     * transaction. Its contact details are none of them: a change of those alone, or one that changes nothing, tells
     * nothing. The facts before and after are compared as of the same instant, so only the facts count.
     */
    private <V> V telling(Broker b, Supplier<V> change) {
        BrokerChanged before = b.fact(b.updatedAt());
        V view = change.get();
        if (!b.fact(before.changedAt()).equals(before)) {
            events.brokerChanged(b.fact(b.updatedAt()));
        }
        return view;
    }

    // ---- experts: reads

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ExpertView> experts(Actor actor, People.Search search, PersonOrder order, Paging paging) {
        People.Found<Expert> found = people.experts(search, reader(actor), order, paging);
        return Page.of(found.items(), found.total(), paging).map(e -> view(actor, e));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ExpertView expert(Actor actor, String id) {
        return view(actor, visibleExpert(actor, id));
    }

    /**
     * The caller's own expert entry, by the account subject an admin linked to it: how the registry learns which
     * drawn expert a signed-in expert is. Whatever its standing, so that a suspended expert learns that it is one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    ExpertView me(Actor actor) {
        return people.expertOfAccount(actor.userId()).map(e -> view(actor, e))
                .orElseThrow(() -> ProblemException.notFound("EXPERT_NOT_FOUND", actor.username()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<PersonHistoryEntry> expertHistory(Actor actor, String id, Paging paging) {
        Expert e = visibleExpert(actor, id);
        return history(actor, e, keepsExpert(actor, e), paging);
    }

    // ---- experts: changes

    @Transactional
    ExpertView createExpert(Actor actor, ExpertRequest r) {
        checkPeriods(r.relations());
        Organisation o = employer(r.organisationUscc(), "organisationUscc");
        requireKeeps(actor.operates(o.region()));
        Instant now = MarketClock.now(clock);
        Expert e = new Expert(r, now);
        checkExpertUnique(r, e.id());
        people.persist(e);
        record(e.id(), "create", Author.of(actor), null, e.snapshot(), now);
        return flushedView(actor, e);
    }

    @Transactional
    ExpertView editExpert(Actor actor, String id, ExpertRequest r) {
        checkPeriods(r.relations());
        Expert e = keptExpert(actor, id);
        if (!r.organisationUscc().equals(e.organisationUscc)) {
            Organisation o = employer(r.organisationUscc(), "organisationUscc");
            requireKeeps(actor.operates(o.region()));
        }
        checkExpertUnique(r, e.id());
        Map<String, Object> before = e.snapshot();
        Instant now = MarketClock.now(clock);
        e.apply(r, now);
        return changed(actor, e.id(), "edit", before, e.snapshot(), now, () -> view(actor, e));
    }

    @Transactional
    ExpertView setExpertContact(Actor actor, String id, ContactRequest r) {
        Expert e = visibleExpert(actor, id);
        return setContact(actor, e, keepsExpert(actor, e), r, x -> view(actor, x));
    }

    @Transactional
    ExpertView declareRelations(Actor actor, String id, RelationsRequest r) {
        checkPeriods(r.relations());
        Expert e = visibleExpert(actor, id);
        requireKeeperOrSelf(actor, e, keepsExpert(actor, e));
        Map<String, Object> before = e.snapshot();
        Instant now = MarketClock.now(clock);
        e.declare(r.relations(), now);
        return changed(actor, e.id(), "declare-relations", before, e.snapshot(), now, () -> view(actor, e));
    }

    @Transactional
    ExpertView suspendExpert(Actor actor, String id, String reason) {
        return suspend(actor, keptExpert(actor, id), reason, e -> view(actor, e));
    }

    @Transactional
    ExpertView reactivateExpert(Actor actor, String id) {
        return reactivate(actor, keptExpert(actor, id), e -> view(actor, e));
    }

    // ---- changes alike in both registers

    /** The person itself or its keepers set its contact details. */
    private <P extends Person, V> V setContact(Actor actor, P p, boolean keeps, ContactRequest r,
            Function<P, V> view) {
        requireKeeperOrSelf(actor, p, keeps);
        Map<String, Object> before = p.snapshot();
        Instant now = MarketClock.now(clock);
        p.setContact(r, now);
        return changed(actor, p.id(), "set-contact", before, p.snapshot(), now, () -> view.apply(p));
    }

    private <P extends Person, V> V suspend(Actor actor, P p, String reason, Function<P, V> view) {
        if (!p.isActive()) {
            throw ProblemException.conflict("PERSON_ALREADY_SUSPENDED", p.name);
        }
        Map<String, Object> before = p.snapshot();
        Instant now = MarketClock.now(clock);
        p.suspend(reason.strip(), now);
        return changed(actor, p.id(), "suspend", before, p.snapshot(), now, () -> view.apply(p));
    }

    private <P extends Person, V> V reactivate(Actor actor, P p, Function<P, V> view) {
        if (p.isActive()) {
            throw ProblemException.conflict("PERSON_NOT_SUSPENDED", p.name);
        }
        Map<String, Object> before = p.snapshot();
        Instant now = MarketClock.now(clock);
        p.reactivate(now);
        return changed(actor, p.id(), "reactivate", before, p.snapshot(), now, () -> view.apply(p));
    }

    // ---- for the seed: the same entries, made by the directory itself

    /** Whether a broker or expert with this name belongs to {@code uscc} already (the seed enters each once). */
    public boolean exists(boolean broker, String name, String uscc) {
        return people.named(broker ? Broker.class : Expert.class, name, uscc);
    }

    /** Enters a broker as the directory (the seed): its agency must be held verified. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterBroker(BrokerRequest r) {
        checkBrokerEmployer(employer(r.agencyUscc(), "agencyUscc"));
        Instant now = MarketClock.now(clock);
        Broker b = new Broker(r, now);
        checkBrokerUnique(r, b.id());
        people.persist(b);
        record(b.id(), "create", DIRECTORY, null, b.snapshot(), now);
        events.brokerChanged(b.fact(now));
    }

    /** Enters an expert as the directory (the seed): its organisation must be held verified. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterExpert(ExpertRequest r) {
        checkPeriods(r.relations());
        employer(r.organisationUscc(), "organisationUscc");
        Instant now = MarketClock.now(clock);
        Expert e = new Expert(r, now);
        people.persist(e);
        record(e.id(), "create", DIRECTORY, null, e.snapshot(), now);
    }

    // ---- who keeps whom

    /** How much of a person {@code actor} may see. */
    static Visibility.Reader readerOf(boolean keeps, boolean self) {
        return keeps || self ? Visibility.Reader.KEEPER : Visibility.Reader.SIGNED_IN;
    }

    private People.Reader reader(Actor actor) {
        return new People.Reader(actor.userId(), actor.orgId(), actor.has(Role.ADMIN) ? actor.subMarket() : null);
    }

    private static boolean isSelf(Actor actor, String accountSubject) {
        return accountSubject != null && accountSubject.equals(actor.userId());
    }

    /** The organisation's own users (not its admins: they keep the sub-market's), and the admins of its sub-market. */
    private static boolean keepsAgency(Actor actor, Organisation agency) {
        return actor.belongsTo(agency.uscc()) || actor.operates(agency.region());
    }

    private boolean keepsBroker(Actor actor, Broker b) {
        return organisations.byUscc(b.agencyUscc).map(o -> keepsAgency(actor, o)).orElse(false);
    }

    private boolean keepsExpert(Actor actor, Expert e) {
        return organisations.byUscc(e.organisationUscc).map(o -> actor.operates(o.region())).orElse(false);
    }

    private static void requireKeeperOrSelf(Actor actor, Person p, boolean keeps) {
        if (!keeps && !isSelf(actor, p.accountSubject)) {
            throw ProblemException.forbidden("NOT_PERSON_KEEPER");
        }
    }

    private static void requireKeeps(boolean keeps) {
        if (!keeps) {
            throw ProblemException.forbidden("NOT_PERSON_KEEPER");
        }
    }

    /** A broker the reader may know of: active with a verified agency, or kept by it, or its own; else 404. */
    private Broker visibleBroker(Actor actor, String id) {
        Broker b = parse(id).flatMap(people::broker).orElse(null);
        if (b == null || !(publiclyListed(b.isActive(), b.agencyUscc) || keepsBroker(actor, b)
                || isSelf(actor, b.accountSubject))) {
            throw ProblemException.notFound("BROKER_NOT_FOUND", id);
        }
        return b;
    }

    private Broker keptBroker(Actor actor, String id) {
        Broker b = visibleBroker(actor, id);
        requireKeeps(keepsBroker(actor, b));
        return b;
    }

    private Expert visibleExpert(Actor actor, String id) {
        Expert e = parse(id).flatMap(people::expert).orElse(null);
        if (e == null || !(publiclyListed(e.isActive(), e.organisationUscc) || keepsExpert(actor, e)
                || isSelf(actor, e.accountSubject))) {
            throw ProblemException.notFound("EXPERT_NOT_FOUND", id);
        }
        return e;
    }

    private Expert keptExpert(Actor actor, String id) {
        Expert e = visibleExpert(actor, id);
        requireKeeps(keepsExpert(actor, e));
        return e;
    }

    private boolean publiclyListed(boolean active, String organisationUscc) {
        return active && organisations.byUscc(organisationUscc).map(Organisation::isVerified).orElse(false);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The organisation a person belongs to: held by the directory (400 otherwise) and verified (409 otherwise). */
    private Organisation employer(String uscc, String field) {
        Organisation o = organisations.byUscc(uscc).orElseThrow(() ->
                ProblemException.badRequest("EMPLOYER_NOT_FOUND", uscc).withField(field, "EMPLOYER_NOT_FOUND"));
        if (!o.isVerified()) {
            throw ProblemException.conflict("EMPLOYER_NOT_VERIFIED", o.name())
                    .withField(field, "EMPLOYER_NOT_VERIFIED");
        }
        return o;
    }

    /** A declared relation ends on or after the day it began (400, naming the field). */
    static void checkPeriods(List<RelationRequest> relations) {
        if (relations == null) {
            return;
        }
        for (int i = 0; i < relations.size(); i++) {
            RelationRequest r = relations.get(i);
            if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
                throw ProblemException.badRequest("RELATION_ENDS_BEFORE_IT_STARTS", r.validFrom(), r.validTo())
                        .withField("relations[" + i + "].validTo", "RELATION_ENDS_BEFORE_IT_STARTS");
            }
        }
    }

    private static void checkBrokerEmployer(Organisation o) {
        if (!BROKER_EMPLOYERS.contains(o.kind())) {
            throw ProblemException.conflict("NOT_A_BROKER_EMPLOYER", o.name())
                    .withField("agencyUscc", "NOT_A_BROKER_EMPLOYER");
        }
    }

    /** Checked before the entry changes: a query after the change would flush it into the unique index first. */
    private void checkBrokerUnique(BrokerRequest r, UUID id) {
        if (r.certificateNumber() != null && people.certificateTaken(r.certificateNumber(), id)) {
            throw ProblemException.conflict("CERTIFICATE_TAKEN", r.certificateNumber())
                    .withField("certificateNumber", "CERTIFICATE_TAKEN");
        }
        if (r.accountSubject() != null && people.accountTaken(Broker.class, r.accountSubject(), id)) {
            throw ProblemException.conflict("ACCOUNT_TAKEN").withField("accountSubject", "ACCOUNT_TAKEN");
        }
    }

    private void checkExpertUnique(ExpertRequest r, UUID id) {
        if (r.accountSubject() != null && people.accountTaken(Expert.class, r.accountSubject(), id)) {
            throw ProblemException.conflict("ACCOUNT_TAKEN").withField("accountSubject", "ACCOUNT_TAKEN");
        }
    }

    // ---- history and views

    /** A person's history: for the person and its keepers (it holds the contact details). */
    private Page<PersonHistoryEntry> history(Actor actor, Person p, boolean keeps, Paging paging) {
        requireKeeperOrSelf(actor, p, keeps);
        return Page.of(people.history(p.id(), paging), people.historyCount(p.id()), paging)
                .map(PersonChange::view);
    }

    private void record(UUID personId, String action, Author by, Map<String, Object> before,
            Map<String, Object> after, Instant now) {
        people.persist(new PersonChange(personId, action, by.username(), by.displayName(), by.organisation(), before,
                after, now));
    }

    /** Records a change (nothing when nothing changed) and answers the entry as it stands. */
    private <V> V changed(Actor actor, UUID id, String action, Map<String, Object> before, Map<String, Object> after,
            Instant now, java.util.function.Supplier<V> view) {
        if (!before.equals(after)) {
            record(id, action, Author.of(actor), before, after, now);
        }
        flush();
        return view.get();
    }

    private BrokerView flushedView(Actor actor, Broker b) {
        flush();
        return view(actor, b);
    }

    private ExpertView flushedView(Actor actor, Expert e) {
        flush();
        return view(actor, e);
    }

    private void flush() {
        try {
            people.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("CONCURRENT_MODIFICATION");
        }
    }

    private OrganisationRef organisation(String uscc) {
        return new OrganisationRef(uscc, organisations.byUscc(uscc).map(Organisation::name).orElse(null));
    }

    private BrokerView view(Actor actor, Broker b) {
        boolean keeps = keepsBroker(actor, b);
        boolean self = isSelf(actor, b.accountSubject);
        boolean full = keeps || self;
        List<String> actions = new ArrayList<>();
        if (keeps) {
            actions.add("edit");
        }
        if (full) {
            actions.add("set-contact");
        }
        if (keeps) {
            actions.add(b.isActive() ? "suspend" : "reactivate");
        }
        if (full) {
            actions.add("history");
        }
        return new BrokerView(b.id().toString(), b.name, organisation(b.agencyUscc), b.certificateNumber,
                b.certificateNumber != null, b.trainingHours, b.fields(), b.contact.shownTo(readerOf(keeps, self)),
                b.status, full ? b.suspensionReason : null, full ? b.accountSubject : null, b.updatedAt(),
                List.copyOf(actions));
    }

    private ExpertView view(Actor actor, Expert e) {
        boolean keeps = keepsExpert(actor, e);
        boolean self = isSelf(actor, e.accountSubject);
        boolean full = keeps || self;
        List<String> actions = new ArrayList<>();
        if (keeps) {
            actions.add("edit");
        }
        if (full) {
            actions.add("set-contact");
            actions.add("set-relations");
        }
        if (keeps) {
            actions.add(e.isActive() ? "suspend" : "reactivate");
        }
        if (full) {
            actions.add("history");
        }
        List<RelationView> relations = full ? e.relations.stream().map(r -> new RelationView(r.uscc,
                organisations.byUscc(r.uscc).map(Organisation::name).orElse(null), r.kind, r.validFrom,
                r.validTo)).toList() : null;
        return new ExpertView(e.id().toString(), e.name, organisation(e.organisationUscc), e.title, e.fields(),
                e.contact.shownTo(readerOf(keeps, self)), relations, e.status, full ? e.suspensionReason : null,
                full ? e.accountSubject : null, e.updatedAt(), List.copyOf(actions));
    }
}
