package gx.techmarket.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The success message after an action, shown once on the page the action redirects to ("已审核通过并发布"). The
 * action's 303 sets a short-lived cookie holding only the message's kind, one of {@link #KINDS}; the page renders the
 * text for that kind in the user's language ({@code tags/flash.html}) and the same response deletes the cookie, so a
 * reload or the next page does not show it again. Since the cookie names a kind and never carries text, nothing
 * written into it (by another site, or by hand) can put words or markup on a page: an unknown kind is ignored.
 */
@RequestScoped
public class Flash {

    static final String COOKIE = "techmarket-flash";

    /** Long enough for the redirect to be followed, short enough not to surprise anyone later. */
    static final int SECONDS = 60;

    public static final Set<String> KINDS = Set.of("saved", "submitted", "approved", "rejected", "withdrawn",
            "closed", "published", "bid_submitted", "awarded", "drafted", "filing_drafted", "filed", "accepted", "registered",
            "returned", "announced", "announcement_withdrawn", "organisation_saved", "organisation_verified",
            "organisation_suspended", "qualification_granted", "qualification_revoked", "bank_account_verified",
            "registration_point_opened", "registration_point_closed", "applied", "application_verified",
            "application_rejected", "member_added", "member_removed", "refused", "review_started", "assessed", "opinion_given", "amended",
            "deregistered", "objection_raised", "objection_resolved", "resubmitted", "attachment_uploaded",
            "attachment_deleted", "calendar_loaded", "claim_drafted", "claim_verified", "claim_approved",
            "claim_rejected", "programme_opened", "terms_version_added", "budget_topped_up", "programme_closed",
            "programme_copied", "target_set",
            // bids (issue 17)
            "bid_reconfirmed",
            // calls, proposals, versions, cancellation (issue 17)
            "proposal_in_review", "challenge_cancelled", "challenge_revised", "challenge_added", "call_published",
            // bid documents, 揭榜协议 and milestones (issue 17, P3)
            "bid_document_uploaded", "bid_document_deleted", "agreement_saved", "agreement_confirmed",
            "milestone_reported", "milestone_checked", "milestone_accepted", "milestone_returned",
            "agreement_terminated",
            // evaluation (issue 17)
            "scored", "qualification_opened", "bid_decided", "challenge_failed", "panel_drawn", "complaint_filed",
            "complaint_withdrawn", "complaint_decided",
            // 意向洽谈 (issue 18)
            "interest_sent", "message_sent", "contact_shared", "broker_invited", "interest_closed");

    @Inject
    Language language;

    private String kind;
    private boolean shown;

    /** The cookie an action's redirect sets. */
    static NewCookie cookie(CookieAttributes cookies, String kind) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("not a flash message: " + kind);
        }
        return cookies.cookie(COOKIE).value(kind).maxAge(SECONDS).httpOnly(true).build();
    }

    void received(String kind) {
        this.kind = kind != null && KINDS.contains(kind) ? kind : null;
    }

    /** The kind, for the page's {@code data-kind}; null when there is nothing to say. */
    public String kind() {
        return kind;
    }

    /** The message in the request's language, once; rendering it marks it shown. */
    public String message() {
        if (kind == null) {
            return null;
        }
        shown = true;
        return MessageBundles.get(FormMsg.class, Localized.Literal.of(language.tag())).flash(kind);
    }

    boolean toForget() {
        return shown;
    }

    /** Reads the cookie of the request, and deletes it once a page has shown its message. */
    static class Filters {

        @Inject
        Flash flash;

        @Inject
        CookieAttributes cookies;

        @ServerRequestFilter
        void read(ContainerRequestContext request) {
            Cookie cookie = request.getCookies().get(COOKIE);
            flash.received(cookie == null ? null : cookie.getValue());
        }

        @ServerResponseFilter
        void forget(ContainerResponseContext response) {
            if (flash.toForget()) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE, cookies.cookie(COOKIE).value("").maxAge(0)
                        .httpOnly(true).build());
            }
        }
    }
}
