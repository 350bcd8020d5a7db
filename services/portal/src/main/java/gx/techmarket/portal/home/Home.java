package gx.techmarket.portal.home;

import gx.techmarket.portal.bidding.BidView;
import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.bidding.KnownDemandView;
import gx.techmarket.portal.catalogue.ResultView;
import gx.techmarket.portal.demand.DemandView;
import gx.techmarket.portal.registry.ContractView;
import gx.techmarket.portal.subsidy.EntitlementView;
import gx.techmarket.portal.subsidy.ProgrammeView;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.TemplateData;
import java.util.List;

/** Everything the home page shows, one section per part of the path; a role's sections are loaded only for it. */
@TemplateData
record Home(
        Section<List<ResultView>> myResults,
        Section<List<DemandView>> myDemands,
        Section<List<ChallengeView>> openChallenges,
        Section<List<ChallengeView>> demandedChallenges,
        Section<List<BidView>> myBids,
        Section<List<ContractView>> myContracts,
        Section<List<ContractView>> registrationQueue,
        Section<Page<ResultView>> latestResults,
        Section<List<ResultView>> resultReviewQueue,
        Section<List<DemandView>> demandReviewQueue,
        Section<List<KnownDemandView>> publishedDemands,
        Section<List<ChallengeView>> challengeDrafts,
        Section<Page<EntitlementView>> allEntitlements,
        Section<List<ProgrammeView>> programmes,
        Section<List<EntitlementView>> myEntitlements) {}
