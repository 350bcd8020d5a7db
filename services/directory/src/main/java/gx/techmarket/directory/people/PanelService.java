package gx.techmarket.directory.people;

import gx.techmarket.directory.organisation.Organisation;
import gx.techmarket.directory.organisation.Organisations;
import gx.techmarket.directory.people.PeopleViews.AvoidedView;
import gx.techmarket.directory.people.PeopleViews.DrawnView;
import gx.techmarket.directory.people.PeopleViews.OrganisationRef;
import gx.techmarket.directory.people.PeopleViews.PanelView;
import gx.techmarket.directory.people.PeopleViews.RequesterView;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.SubMarket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * 抽取专家 for the registry's expert review and 揭榜 evaluation: draws a panel ({@link PanelDraw}) with the
 * directory's group tree, records it with its seed, who was drawn and who was avoided and why, and shows it to the
 * one who asked and the admins of its sub-market.
 */
@ApplicationScoped
public class PanelService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final People people;
    private final Organisations organisations;
    private final Clock clock;

    PanelService(People people, Organisations organisations, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    PanelView draw(Actor actor, PanelRequest r) {
        long seed = r.seed() != null ? r.seed() : SEEDS.nextLong() & PanelRequest.MAX_SEED;
        LocalDate today = MarketClock.today(clock);
        Map<UUID, Expert> byId = new HashMap<>();
        List<PanelDraw.Candidate> candidates = new ArrayList<>();
        for (Expert e : people.candidates(r.field())) {
            byId.put(e.id(), e);
            candidates.add(e.candidate());
        }
        List<String> parties = r.parties().stream().distinct().toList();
        PanelDraw.Outcome outcome;
        try {
            outcome = PanelDraw.draw(candidates, parties, r.size(), seed, today, parentOf());
        } catch (PanelDraw.NotEnoughExperts e) {
            throw ProblemException.conflict("NOT_ENOUGH_EXPERTS", e.size(), e.eligible(), e.candidates(),
                    e.candidates() - e.eligible());
        }
        List<Map<String, Object>> drawn = new ArrayList<>();
        for (PanelDraw.Candidate c : outcome.drawn()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("expertId", c.id().toString());
            m.put("name", c.name());
            m.put("organisationUscc", c.organisationUscc());
            m.put("organisationName", organisations.byUscc(c.organisationUscc()).map(Organisation::name)
                    .orElse(null));
            drawn.add(m);
        }
        List<Map<String, Object>> avoided = new ArrayList<>();
        for (PanelDraw.Avoided a : outcome.avoided()) {
            Expert e = byId.get(a.expertId());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("expertId", a.expertId().toString());
            m.put("name", e.name);
            m.put("organisationUscc", e.organisationUscc);
            m.put("partyUscc", a.partyUscc());
            m.put("reason", a.reason().name());
            m.put("relation", a.relation().name());
            m.put("declaredUscc", a.declaredUscc());
            m.put("declaredKind", a.declaredKind() == null ? null : a.declaredKind().name());
            avoided.add(m);
        }
        Instant now = MarketClock.now(clock);
        Panel panel = new Panel(r, seed, today, outcome.candidates(), outcome.eligible(), drawn, avoided,
                actor.userId(), actor.username(), actor.displayName(), actor.orgId(), actor.organisation().region(),
                now);
        people.persist(panel);
        return view(panel);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PanelView panel(Actor actor, String id) {
        Optional<UUID> uuid;
        try {
            uuid = Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            uuid = Optional.empty();
        }
        Panel p = uuid.flatMap(people::panel).orElse(null);
        if (p == null || !(p.requestedBySubject.equals(actor.userId()) || actor.operates(p.region))) {
            throw ProblemException.notFound("PANEL_NOT_FOUND", id);
        }
        return view(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<PanelView> panels(Actor actor, PanelPurpose purpose, String subjectId, boolean newest, Paging paging) {
        SubMarket operated = actor.has(Role.ADMIN) ? actor.subMarket() : null;
        return Page.of(people.panels(purpose, subjectId, actor.userId(), operated, newest, paging),
                people.panelCount(purpose, subjectId, actor.userId(), operated), paging).map(PanelService::view);
    }

    /** The directory's group tree as it stands: an organisation's parent, empty at the top or for one it does not hold. */
    private Function<String, Optional<String>> parentOf() {
        return uscc -> organisations.byUscc(uscc).map(Organisation::parentUscc);
    }

    static PanelView view(Panel p) {
        List<DrawnView> drawn = p.drawn.stream().map(m -> new DrawnView(text(m, "expertId"), text(m, "name"),
                new OrganisationRef(text(m, "organisationUscc"), text(m, "organisationName")))).toList();
        List<AvoidedView> avoided = p.avoided.stream().map(m -> new AvoidedView(text(m, "expertId"), text(m, "name"),
                text(m, "organisationUscc"), text(m, "partyUscc"), PanelDraw.Reason.valueOf(text(m, "reason")),
                Relation.valueOf(text(m, "relation")), text(m, "declaredUscc"),
                m.get("declaredKind") == null ? null : RelationKind.valueOf(text(m, "declaredKind")))).toList();
        return new PanelView(p.id().toString(), p.purpose, p.subjectId, p.field, p.size, p.parties, p.seed,
                p.drawDate, p.candidates, p.eligible, drawn, avoided,
                new RequesterView(p.requestedByUser, p.requestedByName, p.requestedByOrg), p.createdAt(), p.region);
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }
}
