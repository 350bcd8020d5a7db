package gx.techmarket.portal.matching;

import io.quarkus.qute.TemplateData;

/** How many conversations about listings of one region are in one state (what an operator sees). */
@TemplateData
public record InterestCount(String regionCode, String state, long count) {}
