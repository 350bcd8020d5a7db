package gx.techmarket.portal.home;

import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.catalogue.ResultView;
import gx.techmarket.portal.demand.DemandView;
import gx.techmarket.portal.notification.AnnouncementView;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.TemplateData;

/** The market's public home: the latest of each kind, every part from its own service. */
@TemplateData
record Front(Section<Page<ResultView>> results, Section<Page<DemandView>> demands,
        Section<Page<ChallengeView>> challenges, Section<Page<AnnouncementView>> notices,
        Section<Page<AnnouncementView>> policies) {}
