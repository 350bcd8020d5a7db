package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.catalogue.CatalogueClient;
import gx.techmarket.portal.catalogue.ResultView;
import gx.techmarket.portal.demand.DemandClient;
import gx.techmarket.portal.demand.DemandView;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * 揭榜挂帅 proposals: an enterprise proposes a 技术攻关类 challenge from one of its own published demands, a holder (a
 * university or an enterprise) a 成果转化类 one from one of its own published results; the proposer's list of its
 * proposals (and, for an enterprise, the published challenges of its demands); the operator's review queue. The
 * proposal's own steps (edit, submit, review, approve, reject) are on {@link ChallengeOpsPages}.
 */
@Path("/proposals")
@Produces(Pages.HTML)
@Blocking
public class ProposalPages {

    static final int PAGE_SIZE = 20;
    /** The most own published demands or results the form offers; an organisation publishes a handful. */
    static final int ALL = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(Section<Page<ChallengeView>> proposed);

        static native TemplateInstance queue(Section<Page<ChallengeView>> found);

        static native TemplateInstance form(ProposalForm form, Section<List<DemandView>> demands,
                Section<List<ResultView>> results, FormErrors errors);
    }

    @Inject
    @RestClient
    OpsClient ops;

    @Inject
    @RestClient
    DemandClient demands;

    @Inject
    @RestClient
    CatalogueClient results;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    /** 我的揭榜挂帅: the organisation's proposals in every state (an enterprise's demanded challenges are a link away). */
    @GET
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response mine(@QueryParam("page") int page) {
        Section<Page<ChallengeView>> proposed = Section.load(() -> ops.proposed("newest", Math.max(page, 0),
                PAGE_SIZE));
        return pages.ok(Templates.mine(proposed));
    }

    /** 揭榜挂帅审核: the proposals submitted or under review in the operator's sub-market, oldest first. */
    @GET
    @Path("/queue")
    @RolesAllowed(Roles.ADMIN)
    public Response queue(@QueryParam("page") int page) {
        return pages.ok(Templates.queue(Section.load(() -> ops.submitted("oldest", Math.max(page, 0), PAGE_SIZE))));
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response newForm(@QueryParam("demandId") String demandId, @QueryParam("resultId") String resultId) {
        ProposalForm form = new ProposalForm();
        form.demandId = demandId;
        form.resultId = resultId;
        return pages.ok(formPage(form, FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response propose(@BeanParam ProposalForm form) {
        FormErrors invalid = pages.check(form);
        OpsMsg texts = pages.msg(OpsMsg.class);
        if (ContentForm.missing(form.demandId) && ContentForm.missing(form.resultId)) {
            invalid.add("demandId", texts.choose_a_subject());
        }
        ChallengeOpsPages.requireContent(form, invalid, pages, true);
        return pages.submit(form, invalid, () -> ops.propose(form.toRequest()),
                created -> "/challenges/" + created.id(), "saved", errors -> formPage(form, errors));
    }

    /**
     * The form with the organisation's published demands (an enterprise's, 技术攻关类) and results (成果转化类) to
     * choose from; a result form opened from elsewhere offers only results.
     */
    private TemplateInstance formPage(ProposalForm form, FormErrors errors) {
        Section<List<DemandView>> ownDemands = viewer.enterprise() && !form.ofResult()
                ? Section.load(() -> demands.mine("PUBLISHED", null, 0, ALL).items())
                : new Section<>(List.of(), null, false);
        Section<List<ResultView>> ownResults = ContentForm.missing(form.demandId)
                ? Section.load(() -> results.mine("PUBLISHED", null, 0, ALL).items())
                : new Section<>(List.of(), null, false);
        return Templates.form(form, ownDemands, ownResults, errors);
    }
}
