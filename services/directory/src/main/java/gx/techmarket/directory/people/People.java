package gx.techmarket.directory.people;

import gx.techmarket.directory.organisation.OrganisationStatus;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The brokers and experts of the registers and the searches over them. A reader sees the active ones whose
 * organisation is verified; besides, those it keeps (its own organisation's brokers; for an admin those of its
 * sub-market) and its own entry, whatever their standing.
 */
@ApplicationScoped
public class People {

    private final EntityManager em;

    People(EntityManager em) {
        this.em = em;
    }

    /** What a search asks for; null means any. */
    record Search(String q, String organisation, String field, PersonStatus status) {}

    /** Who reads: null fields for the public list. */
    record Reader(String subject, String organisation, SubMarket operated) {

        static final Reader PUBLIC = new Reader(null, null, null);
    }

    record Found<T>(List<T> items, long total) {}

    Optional<Broker> broker(UUID id) {
        return Optional.ofNullable(em.find(Broker.class, id));
    }

    Optional<Expert> expert(UUID id) {
        return Optional.ofNullable(em.find(Expert.class, id));
    }

    /** The expert entry linked to the market account {@code subject} (one entry per account at most). */
    Optional<Expert> expertOfAccount(String subject) {
        return em.createQuery("select e from Expert e where e.accountSubject = :s", Expert.class)
                .setParameter("s", subject).setMaxResults(1).getResultList().stream().findFirst();
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    boolean certificateTaken(String number, UUID except) {
        return !em.createQuery("select b.id from Broker b where b.certificateNumber = :n and b.id <> :id", UUID.class)
                .setParameter("n", number).setParameter("id", except).setMaxResults(1).getResultList().isEmpty();
    }

    boolean accountTaken(Class<?> register, String subject, UUID except) {
        return !em.createQuery("select p.id from " + register.getSimpleName()
                        + " p where p.accountSubject = :s and p.id <> :id", UUID.class)
                .setParameter("s", subject).setParameter("id", except).setMaxResults(1).getResultList().isEmpty();
    }

    boolean named(Class<?> register, String name, String uscc) {
        String column = register == Broker.class ? "agencyUscc" : "organisationUscc";
        return !em.createQuery("select p.id from " + register.getSimpleName() + " p where p.name = :name and p."
                        + column + " = :uscc", UUID.class)
                .setParameter("name", name).setParameter("uscc", uscc).setMaxResults(1).getResultList().isEmpty();
    }

    Found<Broker> brokers(Search search, Reader reader, PersonOrder order, Paging paging) {
        return find(Broker.class, "agencyUscc", search, reader, order, paging);
    }

    Found<Expert> experts(Search search, Reader reader, PersonOrder order, Paging paging) {
        return find(Expert.class, "organisationUscc", search, reader, order, paging);
    }

    /** The experts a panel of {@code field} is drawn from: active, of the field, their organisation verified. */
    List<Expert> candidates(String field) {
        return em.createQuery("select p from Expert p where p.status = :active and :field member of p.fields"
                        + " and p.organisationUscc in (select o.uscc from Organisation o where o.status = :verified)",
                        Expert.class)
                .setParameter("active", PersonStatus.ACTIVE).setParameter("field", field)
                .setParameter("verified", OrganisationStatus.VERIFIED).getResultList();
    }

    List<PersonChange> history(UUID personId, Paging paging) {
        return em.createQuery("select c from PersonChange c where c.personId = :id order by c.seq desc",
                        PersonChange.class)
                .setParameter("id", personId).setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList();
    }

    long historyCount(UUID personId) {
        return em.createQuery("select count(c) from PersonChange c where c.personId = :id", Long.class)
                .setParameter("id", personId).getSingleResult();
    }

    private <T> Found<T> find(Class<T> register, String orgColumn, Search search, Reader reader, PersonOrder order,
            Paging paging) {
        StringBuilder where = new StringBuilder(" where (p.status = :active and p.").append(orgColumn)
                .append(" in (select o.uscc from Organisation o where o.status = :verified)");
        Map<String, Object> params = new HashMap<>();
        params.put("active", PersonStatus.ACTIVE);
        params.put("verified", OrganisationStatus.VERIFIED);
        if (reader.subject() != null) {
            where.append(" or p.accountSubject = :subject");
            params.put("subject", reader.subject());
        }
        if (reader.organisation() != null && register == Broker.class) {
            where.append(" or p.agencyUscc = :own"); // an organisation keeps its own brokers
            params.put("own", reader.organisation());
        }
        if (reader.operated() != null) {
            if (reader.operated().isProvince()) {
                where.append(" or 1 = 1");
            } else {
                where.append(" or p.").append(orgColumn)
                        .append(" in (select o.uscc from Organisation o where o.region like :operated)");
                params.put("operated", reader.operated().prefix() + "%");
            }
        }
        where.append(")");
        if (search.q() != null) {
            where.append(" and lower(p.name) like :q escape '!'");
            params.put("q", "%" + search.q().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        if (search.organisation() != null) {
            where.append(" and p.").append(orgColumn).append(" = :organisation");
            params.put("organisation", search.organisation());
        }
        if (search.field() != null) {
            where.append(" and :field member of p.fields");
            params.put("field", search.field());
        }
        if (search.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", search.status());
        }
        String from = " from " + register.getSimpleName() + " p";
        TypedQuery<T> items = em.createQuery("select p" + from + where + order.orderBy(), register);
        TypedQuery<Long> count = em.createQuery("select count(p)" + from + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Found<>(items.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(),
                count.getSingleResult());
    }

    List<Panel> panels(PanelPurpose purpose, String subjectId, String requester, SubMarket operated, boolean newest,
            Paging paging) {
        return panelQuery(Panel.class, "select p", purpose, subjectId, requester, operated,
                newest ? " order by p.createdAt desc, p.id" : " order by p.createdAt, p.id")
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    long panelCount(PanelPurpose purpose, String subjectId, String requester, SubMarket operated) {
        return panelQuery(Long.class, "select count(p)", purpose, subjectId, requester, operated, "")
                .getSingleResult();
    }

    Optional<Panel> panel(UUID id) {
        return Optional.ofNullable(em.find(Panel.class, id));
    }

    /** The panels a reader sees: those it asked for, and for an admin those asked for in its sub-market. */
    private <T> TypedQuery<T> panelQuery(Class<T> type, String select, PanelPurpose purpose, String subjectId,
            String requester, SubMarket operated, String orderBy) {
        StringBuilder where = new StringBuilder(" where (p.requestedBySubject = :requester");
        Map<String, Object> params = new HashMap<>();
        params.put("requester", requester);
        if (operated != null) {
            where.append(operated.isProvince() ? " or 1 = 1" : " or p.region like :operated");
            if (!operated.isProvince()) {
                params.put("operated", operated.prefix() + "%");
            }
        }
        where.append(")");
        if (purpose != null) {
            where.append(" and p.purpose = :purpose");
            params.put("purpose", purpose);
        }
        if (subjectId != null) {
            where.append(" and p.subjectId = :subjectId");
            params.put("subjectId", subjectId);
        }
        TypedQuery<T> q = em.createQuery(select + " from Panel p" + where + orderBy, type);
        params.forEach(q::setParameter);
        return q;
    }
}
