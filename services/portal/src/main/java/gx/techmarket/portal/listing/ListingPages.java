package gx.techmarket.portal.listing;

import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
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
    protected abstract String path();

    /** The realm roles whose organisations own such listings (and so may edit and submit them). */
    protected abstract String[] ownerRoles();

    /** The service's calls the pages make. */
    protected abstract ListingCalls<V, R> calls();

    /** A new listing's form, in the viewer's region. */
    protected abstract F emptyForm(String regionCode);

    /** The form filled with a listing, to edit it. */
    protected abstract F formOf(V listing);

    protected abstract TemplateInstance form(UUID id, F form, FormErrors errors);

    protected abstract TemplateInstance detail(V listing, FormErrors errors, String reason);

    /** The portal's own checks of a form before it is sent. */
    protected FormErrors check(F form) {
        return pages.check(form);
    }

    @GET
    @Path("/new")
    public Response newForm() {
        requireOwnerRole();
        return pages.ok(form(null, emptyForm(viewer.orgRegion()), FormErrors.none()));
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(detail(calls().get().apply(id), FormErrors.none(), ""));
    }

    @GET
    @Path("/{id}/edit")
    public Response editForm(@PathParam("id") UUID id) {
        requireOwnerRole();
        return pages.ok(form(id, formOf(calls().get().apply(id)), FormErrors.none()));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id) {
        requireOwnerRole();
        return act(id, "", () -> calls().submit().apply(id));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response approve(@PathParam("id") UUID id) {
        return act(id, "", () -> calls().approve().apply(id));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response reject(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, reason, () -> calls().reject().apply(id, new Reason(reason == null ? "" : reason.strip())));
    }

    /** The owner's new listing; the subclass's endpoint has checked the role and parsed the form. */
    protected Response create(F form) {
        return pages.submit(check(form), () -> calls().create().apply(form.toRequest()),
                created -> path() + "/" + created.id(), errors -> form(null, form, errors));
    }

    /** The owner's edited listing; the subclass's endpoint has checked the role and parsed the form. */
    protected Response edit(UUID id, F form) {
        return pages.submit(check(form), () -> calls().edit().apply(id, form.toRequest()),
                edited -> path() + "/" + id, errors -> form(id, form, errors));
    }

    /** Runs an action; if the service refuses, the listing's page comes back with the problem and the typed reason. */
    protected Response act(UUID id, String reason, Runnable action) {
        return pages.act(action, path() + "/" + id,
                errors -> detail(calls().get().apply(id), errors, reason == null ? "" : reason));
    }

    /**
     * The owner's pages are refused to other roles before the service is called, as {@code @RolesAllowed} would; the
     * roles differ between results and demands, so the check is here rather than on the shared endpoints.
     */
    protected void requireOwnerRole() {
        if (Arrays.stream(ownerRoles()).noneMatch(viewer::has)) {
            throw new ForbiddenException();
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
