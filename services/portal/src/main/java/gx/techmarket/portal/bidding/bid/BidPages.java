package gx.techmarket.portal.bidding.bid;

import gx.techmarket.portal.bidding.BiddingMsg;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * 我的揭榜: the bidder's workbench of its organisation's bids (led or joined as a consortium member), by status with
 * the count of each, and each bid's own page: the challenge's current version (and what an edit changed, when it
 * invalidated the bid), the withdrawal and the reconfirmation, the PDF documents (upload, download, removal), the
 * complaints, and for a won bid the 揭榜协议 and its milestones. Every button is one the bidding service offers
 * ({@code actions}); irreversible steps are confirmed first.
 */
@Path("/bids")
@Produces(Pages.HTML)
@Blocking
@RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
public class BidPages {

    static final int PAGE_SIZE = 20;

    /** The statuses a bid can be filtered by, in the order of its lifecycle. */
    static final List<String> STATUSES = List.of("SUBMITTED", "INVALIDATED", "RECONFIRMED", "QUALIFIED",
            "DISQUALIFIED", "SCORED", "SELECTED", "NOT_SELECTED", "WITHDRAWN");

    /** The statuses after the qualification, when a bidder may complain about it or about the ranking. */
    static final List<String> COMPLAINABLE = List.of("QUALIFIED", "DISQUALIFIED", "SCORED", "NOT_SELECTED");

    /** How many bids of one status the organisation has (the filter's counts). */
    @TemplateData
    public record StatusCount(String status, long count) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(String status, List<String> statuses, List<StatusCount> counts,
                Section<Page<MyBidView>> found);

        static native TemplateInstance detail(MyBidView bid, Section<BidClient.ChallengeVersion> challenge,
                Section<BidDocuments> documents, boolean complainable, FormErrors errors);
    }

    @Inject
    @RestClient
    BidClient bids;

    @Inject
    @RestClient
    BidFiles files;

    @Inject
    Pages pages;

    @GET
    @Path("/mine")
    public Response mine(@QueryParam("status") String status, @QueryParam("page") int page) {
        return pages.ok(minePage(status, Math.max(page, 0)));
    }

    /** One bid of the organisation with its challenge, documents and what may be done now. */
    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(detailPage(bids.bid(id), FormErrors.none()));
    }

    /** 撤回, once confirmed. */
    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> confirmation("withdraw-bid", id),
                () -> pages.act(() -> bids.withdraw(id), "/bids/mine", "withdrawn",
                        errors -> minePage(null, 0)));
    }

    /** 重新确认 on the challenge's version the confirmation showed, once confirmed. */
    @POST
    @Path("/{id}/reconfirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reconfirm(@PathParam("id") UUID id, @RestForm String confirmed,
            @RestForm String challengeVersion) {
        return pages.confirmFirst(confirmed, () -> confirmation("reconfirm-bid", id),
                () -> pages.act(() -> bids.reconfirm(id, new BidClient.Reconfirm(version(id, challengeVersion))),
                        "/bids/mine", "bid_reconfirmed", errors -> minePage(null, 0)));
    }

    /** A PDF attached to the bid (the service checks its type, size and the bid's state). */
    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        FormErrors invalid = FormErrors.none();
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
            invalid.add("file", pages.msg(BidMsg.class).document_missing());
        }
        return pages.submit(invalid, () -> files.upload(id, ClientMultipartForm.create()
                        .binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(),
                                file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType())),
                uploaded -> "/bids/" + id, "bid_document_uploaded", errors -> detailPage(bids.bid(id), errors));
    }

    /** A document as the bidding service serves it: a download, never shown inline (nosniff, sandboxed). */
    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        try (Response answer = files.download(id, documentId)) {
            byte[] bytes = answer.readEntity(byte[].class);
            String named = answer.getHeaderString("Content-Disposition");
            return Response.ok(bytes, answer.getMediaType())
                    .header("Content-Disposition", named != null ? named : "attachment")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "sandbox; default-src 'none'")
                    .build();
        }
    }

    /** A document removed, once confirmed. */
    @POST
    @Path("/{id}/documents/{documentId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> {
            String name = bids.documents(id).items().stream().filter(d -> d.id().equals(documentId))
                    .map(BidDocuments.Document::fileName).findFirst().orElse(documentId.toString());
            return Confirmation.of("delete-bid-document", name, "/bids/" + id + "/documents/" + documentId
                    + "/delete", "/bids/" + id);
        }, () -> pages.act(() -> bids.deleteDocument(id, documentId), "/bids/" + id, "bid_document_deleted",
                errors -> detailPage(bids.bid(id), errors)));
    }

    /** What the step will do to which bid: the challenge's title, the price, and for a reconfirmation its version. */
    private Confirmation confirmation(String action, UUID id) {
        MyBidView bid = bids.bid(id);
        BidClient.ChallengeVersion challenge = bids.challenge(bid.challengeId());
        BidMsg texts = pages.msg(BidMsg.class);
        Confirmation c = Confirmation.of(action, challenge.title(), "/bids/" + id + "/" + action.replace("-bid", ""),
                "/bids/mine").text(texts.field_lead(), bid.bidder().name())
                .amount(pages.msg(BiddingMsg.class).field_bid_price(), bid.price());
        if ("reconfirm-bid".equals(action)) {
            c.field("challengeVersion", String.valueOf(challenge.version()));
            if (challenge.revision() != null) {
                c.text(texts.field_revision(), String.valueOf(challenge.revision()));
            }
        }
        return c;
    }

    /** The version the confirmation showed; without one (a form from elsewhere), the challenge's current one. */
    private long version(UUID id, String shown) {
        if (shown != null && shown.strip().matches("[0-9]{1,18}")) {
            return Long.parseLong(shown.strip());
        }
        return bids.challenge(bids.bid(id).challengeId()).version();
    }

    private TemplateInstance detailPage(MyBidView bid, FormErrors errors) {
        return Templates.detail(bid, Section.load(() -> bids.challenge(bid.challengeId())),
                Section.load(() -> bids.documents(bid.id())), COMPLAINABLE.contains(bid.status()), errors);
    }

    private TemplateInstance minePage(String status, int page) {
        String filter = status != null && STATUSES.contains(status) ? status : null;
        return Templates.mine(filter, STATUSES, counts(), Section.load(() -> bids.mine(filter, page, PAGE_SIZE)));
    }

    /** The count of each status the organisation has bids in (none when the service does not answer). */
    private List<StatusCount> counts() {
        List<StatusCount> counts = new ArrayList<>();
        for (String s : STATUSES) {
            Section<Page<MyBidView>> one = Section.load(() -> bids.mine(s, 0, 1));
            if (!one.ok()) {
                return List.of();
            }
            counts.add(new StatusCount(s, one.value().total()));
        }
        return counts;
    }
}
