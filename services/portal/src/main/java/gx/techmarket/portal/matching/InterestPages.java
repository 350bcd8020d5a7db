package gx.techmarket.portal.matching;

import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 意向洽谈 (the matching service): the user's organisation's conversations (sent, received, brokered; open or
 * closed), 表达意向 on a published result or demand, one conversation with its entries and the forms its
 * {@code actions} allow, and the operators' counts. Every action is the service's call with the user's token.
 */
@Path("/interests")
@Produces(Pages.HTML)
@Blocking
public class InterestPages {

    static final int PAGE_SIZE = 20;
    static final List<String> ROLES = List.of("all", "sent", "received", "brokered");
    static final List<String> STATES = List.of("OPEN", "CLOSED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String role, String state, List<String> roles, List<String> states,
                Section<Page<InterestView>> found);

        static native TemplateInstance start(ListingInterestView listing, InterestForm form, FormErrors errors);

        static native TemplateInstance conversation(InterestView interest, EntryForm form, FormErrors errors);

        static native TemplateInstance counts(Section<List<InterestCount>> found);
    }

    @Inject
    @RestClient
    MatchingClient matching;

    @Inject
    Pages pages;

    @GET
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    public Response list(@QueryParam("role") String role, @QueryParam("state") String state,
            @QueryParam("page") int page, @QueryParam("size") int size) {
        String shown = role != null && ROLES.contains(role) ? role : "all";
        String filter = state != null && STATES.contains(state) ? state : null;
        int rows = Page.SIZES.contains(size) ? size : PAGE_SIZE;
        return pages.ok(Templates.list(shown, filter, ROLES, STATES,
                Section.load(() -> matching.mine(shown, filter, Math.max(page, 0), rows))));
    }

    /** 表达意向: the form, when the service offers {@code express} on the listing; its open conversation otherwise. */
    @GET
    @Path("/new")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    public Response start(@QueryParam("listing") UUID listingId) {
        if (listingId == null) {
            return Pages.seeOther("/interests");
        }
        ListingInterestView listing = matching.listing(listingId);
        if (listing.openInterestId() != null) {
            return Pages.seeOther("/interests/" + listing.openInterestId());
        }
        InterestForm form = new InterestForm();
        form.listingId = listingId.toString();
        return pages.ok(Templates.start(listing, form, FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    public Response express(@BeanParam InterestForm form) {
        FormErrors checked = pages.check(form);
        return pages.submit(checked, () -> matching.express(form.toRequest()), sent -> "/interests/" + sent.id(),
                "interest_sent", errors -> Templates.start(listingOf(form), form, errors));
    }

    @GET
    @Path("/counts")
    @RolesAllowed(Roles.ADMIN)
    public Response counts() {
        return pages.ok(Templates.counts(Section.load(() -> matching.counts())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    public Response conversation(@PathParam("id") UUID id) {
        return pages.ok(Templates.conversation(matching.get(id), new EntryForm(), FormErrors.none()));
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    public Response write(@PathParam("id") UUID id, @BeanParam EntryForm form) {
        return pages.submit(pages.check(form),
                () -> matching.write(id, new MatchingClient.Message(form.text == null ? "" : form.text.strip())),
                done -> "/interests/" + id, "message_sent", errors -> again(id, form, errors));
    }

    @POST
    @Path("/{id}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    public Response shareContact(@PathParam("id") UUID id, @BeanParam EntryForm form) {
        return pages.submit(pages.check(form),
                () -> matching.shareContact(id, new MatchingClient.Contact(form.name == null ? "" : form.name.strip(),
                        EntryForm.blankToNull(form.phone), EntryForm.blankToNull(form.email))),
                done -> "/interests/" + id, "contact_shared", errors -> again(id, form, errors));
    }

    @POST
    @Path("/{id}/broker")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    public Response inviteBroker(@PathParam("id") UUID id, @BeanParam EntryForm form) {
        return pages.submit(pages.check(form),
                () -> matching.inviteBroker(id, new MatchingClient.Broker(form.brokerUscc == null ? ""
                        : form.brokerUscc.strip())),
                done -> "/interests/" + id, "broker_invited", errors -> again(id, form, errors));
    }

    /** Closing is final: done only when confirmed (the page's dialog, or the confirmation page without it). */
    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    public Response close(@PathParam("id") UUID id, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed,
                () -> Confirmation.of("close-interest", matching.get(id).listing().title(), "/interests/" + id + "/close",
                        "/interests/" + id),
                () -> pages.act(() -> matching.close(id), "/interests/" + id, "interest_closed",
                        errors -> again(id, new EntryForm(), errors)));
    }

    private TemplateInstance again(UUID id, EntryForm form, FormErrors errors) {
        return Templates.conversation(matching.get(id), form, errors);
    }

    private ListingInterestView listingOf(InterestForm form) {
        try {
            return matching.listing(UUID.fromString(form.listingId));
        } catch (RuntimeException unknown) {
            return new ListingInterestView(null, null, "", false, null, List.of());
        }
    }
}
