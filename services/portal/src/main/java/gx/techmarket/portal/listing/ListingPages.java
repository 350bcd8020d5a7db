package gx.techmarket.portal.listing;

import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the result and demand pages share: the detail page with the actions the service lists, the owner's edit form
 * and submission, the operator's review, and the create and edit flow behind the owner's form. A subclass adds its
 * path, its list, its form endpoints (their form type is its own) and the action that takes a listing off the
 * market; everything here is the same for both.
 */
@Authenticated
public abstract class ListingPages<V extends ListingView, F extends ListingForm<R>, R> {

    @Inject
    protected Pages pages;

    @Inject
    protected Viewer viewer;

    /** Where the listings live, in the portal as in the service: {@code /results}, {@code /demands}. */
    private final String path;

    /** The owner's action that takes a listing off the market: {@code withdraw} a result, {@code close} a demand. */
    private final String retire;

    /** The realm roles whose organisations own such listings (and so may edit, submit and retire them). */
    private final List<String> ownerRoles;

    protected ListingPages(String path, String retire, String... ownerRoles) {
        this.path = path;
        this.retire = retire;
        this.ownerRoles = List.of(ownerRoles);
    }

    /** The service's calls, the form's starts and the templates of this kind of listing. */
    protected abstract Listing<V, F, R> listing();

    /** The portal's own checks of a form before it is sent. */
    protected FormErrors check(F form) {
        return pages.check(form);
    }

    @GET
    @Path("/new")
    public Response newForm() {
        requireOwnerRole();
        F form = listing().newForm().get();
        form.regionCode = viewer.orgRegion();
        return pages.ok(listing().formPage().render(null, form, FormErrors.none()));
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(listing().detailPage().render(listing().get().apply(id), FormErrors.none(), ""));
    }

    @GET
    @Path("/{id}/edit")
    public Response editForm(@PathParam("id") UUID id) {
        requireOwnerRole();
        Listing<V, F, R> listing = listing();
        return pages.ok(listing.formPage().render(id, listing.formOf().apply(listing.get().apply(id)),
                FormErrors.none()));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id, @RestForm String confirmed) {
        requireOwnerRole();
        return act(id, "submit", confirmed, "", "submitted", () -> listing().act().apply(id, "submit"));
    }

    /** Withdraw a result or close a demand, with the owner's optional reason. */
    @POST
    @Path("/{id}/{action: withdraw|close}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retire(@PathParam("id") UUID id, @PathParam("action") String action,
            @RestForm String reason, @RestForm String confirmed) {
        if (!retire.equals(action)) {
            throw new NotFoundException();
        }
        requireOwnerRole();
        return act(id, retire, confirmed, reason, "withdraw".equals(retire) ? "withdrawn" : "closed",
                () -> listing().actWithReason().apply(id, retire, new Reason(blankToNull(reason))));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response approve(@PathParam("id") UUID id, @RestForm String confirmed) {
        return act(id, "approve", confirmed, "", "approved", () -> listing().act().apply(id, "approve"));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response reject(@PathParam("id") UUID id, @RestForm String reason, @RestForm String confirmed) {
        if (reason == null || reason.isBlank()) {
            // the service requires a reason: say so next to it rather than ask to confirm an empty one
            return pages.status(400, listing().detailPage().render(listing().get().apply(id),
                    FormErrors.none().add("reason", pages.msg().required()), ""));
        }
        return act(id, "reject", confirmed, reason, "rejected", () -> listing().actWithReason().apply(id, "reject",
                new Reason(reason.strip())));
    }

    /** The owner's new listing; the subclass's endpoint has checked the role and parsed the form. */
    protected Response create(F form) {
        return pages.submit(form, check(form), () -> listing().create().apply(form.toRequest()),
                created -> path + "/" + created.id(), "saved", errors -> listing().formPage().render(null, form,
                        errors));
    }

    /** The owner's edited listing; the subclass's endpoint has checked the role and parsed the form. */
    protected Response edit(UUID id, F form) {
        return pages.submit(form, check(form), () -> listing().edit().apply(id, form.toRequest()),
                edited -> path + "/" + id, "saved", errors -> listing().formPage().render(id, form, errors));
    }

    /**
     * Runs an irreversible action once confirmed (else the confirmation page shows what it will do); if the service
     * refuses, the listing's page comes back with the problem and the typed reason.
     */
    protected Response act(UUID id, String action, String confirmed, String reason, String flash, Runnable call) {
        return pages.confirmFirst(confirmed, () -> confirmation(listing().get().apply(id), action, reason),
                () -> pages.act(call, path + "/" + id, flash, errors -> listing().detailPage().render(
                        listing().get().apply(id), errors, reason == null ? "" : reason)));
    }

    /** What the confirmation of an action on this listing shows: its amounts, the reason typed. */
    private Confirmation confirmation(V listing, String action, String reason) {
        Confirmation confirmation = Confirmation.of(action, listing.title(), path + "/" + listing.id() + "/" + action,
                path + "/" + listing.id());
        if (action.equals("submit") || action.equals("approve")) {
            amounts(listing, confirmation);
        }
        return confirmation.text(pages.forms().fact_reason(), reason).field("reason", reason);
    }

    /** The listing's amounts, for the confirmations of submitting and approving it. */
    protected abstract void amounts(V listing, Confirmation confirmation);

    /**
     * The owner's pages are refused to other roles before the service is called, as {@code @RolesAllowed} would; the
     * roles differ between results and demands, so the check is here rather than on the shared endpoints.
     */
    protected void requireOwnerRole() {
        if (ownerRoles.stream().noneMatch(viewer::has)) {
            throw new ForbiddenException();
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
