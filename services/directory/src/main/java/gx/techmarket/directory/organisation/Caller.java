package gx.techmarket.directory.organisation;

import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.SubMarket;

/**
 * The caller as the directory sees it: the signed-in user of a verified organisation, and for an admin the
 * sub-market it operates. Both come from the directory's own tables (DirectoryOrganisationLookup gives CurrentActor
 * the caller's organisation), never from the token's claims.
 *
 * @param operated null for anyone who operates nothing
 */
record Caller(Actor actor, SubMarket operated) {

    static Caller of(Actor actor) {
        return new Caller(actor, actor.has(Role.ADMIN) ? actor.subMarket() : null);
    }

    /** Whether the caller operates organisations of {@code region}. */
    boolean operates(String region) {
        return operated != null && operated.covers(region);
    }

    boolean isMemberOf(String uscc) {
        return actor.belongsTo(uscc);
    }

    /** Whether the caller sees the organisation's own data: its users and its operators. */
    boolean seesOwnDataOf(Organisation o) {
        return isMemberOf(o.uscc()) || operates(o.region());
    }

    /** Whether the caller may know of the organisation at all: the verified ones are public to the signed-in. */
    boolean sees(Organisation o) {
        return o.isVerified() || seesOwnDataOf(o);
    }

    OrganisationChange.ChangedBy changedBy() {
        return new OrganisationChange.ChangedBy(actor.username(), actor.displayName(), actor.orgId());
    }
}
