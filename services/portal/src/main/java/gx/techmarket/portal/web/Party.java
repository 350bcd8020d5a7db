package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateData;

/**
 * An organisation as every service writes it in its views (holder, demander, bidder, seller, buyer, beneficiary):
 * USCC, name, kind, region code and, for a subsidiary, its parent's USCC.
 */
@TemplateData
public record Party(String uscc, String name, String kind, String region, String parentUscc) {}
