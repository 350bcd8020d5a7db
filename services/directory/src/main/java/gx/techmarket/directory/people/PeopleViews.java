package gx.techmarket.directory.people;

import gx.techmarket.platform.domain.Relation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the people registers answer. Contact details hold only what the reader may see (null otherwise). */
public final class PeopleViews {

    private PeopleViews() {}

    /** Contact details as a reader may see them; the visibilities only for the person and its keepers. */
    public record ContactView(String phone, Visibility phoneVisibility, String email, Visibility emailVisibility) {}

    /** An organisation a person belongs to. */
    public record OrganisationRef(String uscc, String name) {}

    /**
     * A 技术经理人. {@code certified}: holds a certificate number. {@code accountSubject}, {@code suspensionReason}
     * only for the broker and its keepers. {@code actions}: edit, set-contact, suspend, reactivate, history.
     */
    public record BrokerView(String id, String name, OrganisationRef agency, String certificateNumber,
            boolean certified, int trainingHours, List<String> fields, ContactView contact, PersonStatus status,
            String suspensionReason, String accountSubject, Instant updatedAt, List<String> actions) {}

    /** A 技术经理人 in the public list: only what anyone may see. */
    public record PublicBrokerView(String id, String name, OrganisationRef agency, String certificateNumber,
            boolean certified, List<String> fields, String phone, String email) {}

    /** A declared relation (only for the expert and its keepers). */
    public record RelationView(String uscc, String organisationName, RelationKind kind, LocalDate validFrom,
            LocalDate validTo) {}

    /**
     * An expert. {@code relations}, {@code accountSubject}, {@code suspensionReason} only for the expert and its
     * keepers (null for others). {@code actions}: edit, set-contact, set-relations, suspend, reactivate, history.
     */
    public record ExpertView(String id, String name, OrganisationRef organisation, String title, List<String> fields,
            ContactView contact, List<RelationView> relations, PersonStatus status, String suspensionReason,
            String accountSubject, Instant updatedAt, List<String> actions) {}

    /** One change of a broker or expert: who, when, the entry before and after (null where there was none). */
    public record PersonHistoryEntry(Instant at, String action, String username, String displayName,
            String organisation, Map<String, Object> before, Map<String, Object> after) {}

    /** An expert on a panel, in draw order. */
    public record DrawnView(String expertId, String name, OrganisationRef organisation) {}

    /**
     * An expert avoided for a party: {@code reason} ORGANISATION_AFFILIATED (its organisation is {@code relation} to
     * the party) or DECLARED_RELATION (it declared {@code declaredKind} with {@code declaredUscc}, which is
     * {@code relation} to the party).
     */
    public record AvoidedView(String expertId, String name, String organisationUscc, String partyUscc,
            PanelDraw.Reason reason, Relation relation, String declaredUscc, RelationKind declaredKind) {}

    /** Who asked for a panel. */
    public record RequesterView(String username, String displayName, String organisation) {}

    /** A panel as drawn: everything needed to check it and to draw it again from the seed. */
    public record PanelView(String id, PanelPurpose purpose, String subjectId, String field, int size,
            List<String> parties, long seed, LocalDate drawDate, int candidates, int eligible,
            List<DrawnView> drawn, List<AvoidedView> avoided, RequesterView requestedBy, Instant requestedAt,
            String region) {}
}
