package gx.techmarket.portal.support;

/** Service answers as the services write them (field names and formats from their views). */
public final class Fixtures {

    public static final String RESULT_ID = "3f1c2a9e-1b7d-4c1e-9a55-0a1b2c3d4e5f";
    public static final String DEMAND_ID = "7a9b8c7d-2e3f-4a5b-8c9d-1e2f3a4b5c6d";
    public static final String CHALLENGE_ID = "c0ffee00-1111-4222-8333-444455556666";
    public static final String BID_ID = "b1d00000-aaaa-4bbb-8ccc-dddddddddddd";
    public static final String CONTRACT_ID = "0c0c0c0c-5555-4666-8777-888899990000";

    private Fixtures() {}

    public static String result(String status, DemoUser holder, String... actions) {
        return """
                {"id":"%s","title":"赤泥综合利用制备建材技术","summary":"以氧化铝赤泥为原料制备免烧砖。",
                 "industry":"ALUMINIUM","maturity":"PILOT","trl":6,"transferModes":["TRANSFER","LICENSE"],
                 "askingPrice":"1200000.00","priceNegotiable":false,
                 "patents":[{"number":"ZL202310123456.7","kind":"INVENTION","status":"GRANTED"}],"contacts":[],"inventors":[],
                 "regionCode":"451000","keywords":["赤泥","免烧砖"],"holder":{"uscc":"%s","name":"%s","kind":"%s","region":"%s"},
                 "status":"%s","rejectionReason":null,"createdAt":"2026-11-01T02:00:00Z",
                 "updatedAt":"2026-11-01T02:00:00Z","submittedAt":null,"publishedAt":null,"withdrawnAt":null,
                 "version":0,"actions":%s}""".formatted(RESULT_ID, holder.orgId(), holder.orgName(), holder.orgKind(),
                holder.orgRegion(), status, actions(actions));
    }

    public static String demand(String status, DemoUser demander, String... actions) {
        return """
                {"id":"%s","title":"甘蔗渣高值化利用","problem":"寻求蔗渣制备可降解材料的工艺。","industry":"SUGAR",
                 "budgetMin":"3000000.00","budgetMax":"5000000.00","deadline":"2027-06-30","regionCode":"450100",
                 "cooperationModes":["JOINT_DEVELOPMENT"],
                 "demander":{"uscc":"%s","name":"%s","kind":"%s","region":"%s"},"status":"%s",
                 "rejectionReason":null,"closeReason":null,"createdAt":"2026-11-01T02:00:00Z",
                 "updatedAt":"2026-11-01T02:00:00Z","submittedAt":null,"publishedAt":null,"closedAt":null,
                 "version":1,"actions":%s}""".formatted(DEMAND_ID, demander.orgId(), demander.orgName(),
                demander.orgKind(), demander.orgRegion(), status, actions(actions));
    }

    /** A published demand as bidding knows it, from the demand service's events. */
    public static String knownDemand(DemoUser demander, String... actions) {
        return """
                {"id":"%s","title":"甘蔗渣高值化利用","problem":"p","industry":"SUGAR","regionCode":"450100",
                 "budgetMin":"3000000.00","budgetMax":"5000000.00","deadline":"2027-06-30",
                 "cooperationModes":["JOINT_DEVELOPMENT"],"demander":{"uscc":"%s","name":"%s","kind":"%s",
                 "region":"%s","parentUscc":null},"publishedAt":"2026-11-02T02:00:00Z","actions":%s}"""
                .formatted(DEMAND_ID, demander.orgId(), demander.orgName(), demander.orgKind(), demander.orgRegion(),
                        actions(actions));
    }

    /** The result {@link #RESULT_ID} of 广西大学 as the registry knows it, offered for transfer. */
    public static String brokerable(String... actions) {
        return """
                {"resultId":"%s","title":"蔗渣高强度模压成型技术","holder":{"uscc":"124501004985024102",
                 "name":"广西大学","kind":"UNIVERSITY","region":"450100"},"transferModes":["TRANSFER"],
                 "askingPrice":"1200000.00","withdrawn":false,"actions":%s}""".formatted(RESULT_ID, actions(actions));
    }

    public static String challenge(String status, DemoUser demander, String... actions) {
        return """
                {"id":"%s","kind":"TECHNOLOGY_BREAKTHROUGH","demandId":"%s","title":"甘蔗渣高值化利用揭榜",
                 "regionCode":"450100","demander":{"uscc":"%s","name":"%s","kind":"%s","region":"%s",
                 "parentUscc":null},"deadline":"2026-12-31T16:00:00Z","status":"%s","biddingOpen":%s,
                 "awardedBidId":null,"createdAt":"2026-11-01T02:00:00Z","publishedAt":"2026-11-02T02:00:00Z",
                 "closedAt":null,"awardedAt":null,"version":1,"actions":%s}""".formatted(CHALLENGE_ID, DEMAND_ID,
                demander.orgId(), demander.orgName(), demander.orgKind(), demander.orgRegion(), status,
                "PUBLISHED".equals(status), actions(actions));
    }

    public static String bid(DemoUser bidder, String... actions) {
        return bid(BID_ID, bidder, actions);
    }

    public static String bid(String id, DemoUser bidder, String... actions) {
        return """
                {"id":"%s","challengeId":"%s","bidder":{"uscc":"%s","name":"%s","kind":"%s","region":"%s",
                 "parentUscc":null},"price":"2800000.50","planSummary":"蔗渣纤维改性与成型中试。",
                 "durationMonths":18,"status":"SUBMITTED","submittedBy":"%s","submittedAt":"2026-11-03T02:00:00Z",
                 "decidedAt":null,"version":0,"actions":%s}""".formatted(id, CHALLENGE_ID, bidder.orgId(),
                bidder.orgName(), bidder.orgKind(), bidder.orgRegion(), bidder.username(), actions(actions));
    }

    public static String contract(String status, DemoUser seller, DemoUser buyer, String... actions) {
        boolean registered = "REGISTERED".equals(status);
        return """
                {"id":"%s","title":"赤泥综合利用制备建材技术专利权转让合同","contractType":"TRANSFER_PATENT",
                 "contractCategory":"TRANSFER","origin":"BROKERED","challengeId":null,"bidId":null,"resultId":"%s",
                 "seller":{"uscc":"%s","name":"%s","kind":"%s","region":"%s","parentUscc":null},
                 "buyer":{"uscc":"%s","name":"%s","kind":"%s","region":"%s","parentUscc":null},
                 "intermediary":{"uscc":"91450100MA5P2D9E7A","name":"广西技术转移中心有限公司","kind":"AGENCY",
                 "region":"450100","parentUscc":null},"proposedAmount":"1200000.00",
                 "totalContractAmount":%s,"nonTechnicalAmount":%s,"technologyTransactionAmount":%s,
                 "nonTechnicalItems":%s,"signedOn":%s,"status":"%s","correctionReasons":[],
                 "registrationPointUscc":null,"registrationNumber":%s,"ruleSetVersion":%s,
                 "createdAt":"2026-11-01T02:00:00Z","updatedAt":"2026-11-01T02:00:00Z","submittedAt":null,
                 "acceptedAt":null,"registeredAt":%s,"version":3,"actions":%s}""".formatted(CONTRACT_ID, RESULT_ID, seller.orgId(),
                seller.orgName(), seller.orgKind(), seller.orgRegion(), buyer.orgId(), buyer.orgName(),
                buyer.orgKind(), buyer.orgRegion(),
                registered ? "\"1000000.00\"" : "null", registered ? "\"200000.00\"" : "null",
                registered ? "\"800000.00\"" : "null",
                registered ? "[{\"category\":\"EQUIPMENT\",\"description\":\"压砖机\",\"amount\":\"200000.00\"}]"
                        : "[]",
                registered ? "\"2026-11-05\"" : "null", status, registered ? "\"26450101000001\"" : "null",
                registered ? "\"GX-2026.1\"" : "null", registered ? "\"2026-11-10T02:00:00Z\"" : "null",
                actions(actions));
    }

    public static final String ATTACHMENT_ID = "a77ac4ed-0000-4000-8000-000000000001";
    public static final String OBJECTION_ID = "0b1ec710-0000-4000-8000-000000000001";

    /**
     * A contract filed by 广西大学 (a 专利权 transfer to 桂糖) as the registry shows it since issue 15: its deadline
     * (overdue when asked), filed and recognised amounts, a carrier, an expert review with one opinion, and
     * {@code actions}. {@code extra} is put into the JSON as is (a refusal, objections …), or "".
     */
    public static String filing(String status, boolean overdue, String extra, String... actions) {
        return """
                {"id":"%s","title":"蔗渣高强度模压成型技术专利权转让合同","contractType":"TRANSFER_PATENT",
                 "contractCategory":"TRANSFER","origin":"FILED","resultId":null,
                 "seller":{"uscc":"124501004985024102","name":"广西大学","kind":"UNIVERSITY","region":"450100"},
                 "buyer":{"uscc":null,"name":"Zuckerwerk GmbH","kind":null,"region":null,"country":"DE"},
                 "intermediary":null,
                 "buyerExternal":false,
                 "totalContractAmount":"6000000.00","nonTechnicalAmount":"500000.00",
                 "technologyTransactionAmount":"5500000.00",
                 "nonTechnicalItems":[{"category":"EQUIPMENT","description":"模压机","amount":"500000.00"}],
                 "filing":{"subject":"蔗渣模压成型专利","description":"转让专利权及配套工艺文件。",
                   "performanceFrom":null,"performanceTo":null,"details":{"patentNumber":"ZL202310123456.7"},
                   "carriers":[{"kind":"DOCUMENTS","description":"工艺文件","quantity":1}],
                   "inventorRewardShare":"70.00","recognisedCategory":"TRANSFER",
                   "filedAmounts":{"totalContractAmount":"6000000.00","nonTechnicalAmount":"300000.00",
                     "technologyTransactionAmount":"5700000.00","nonTechnicalItems":[],"carriers":[]},
                   "assessment":{"reason":"模压机按设备扣除","assessedBy":"registrar.nanning",
                     "assessedAt":"2026-12-02T02:00:00Z"}},
                 "signedOn":"2026-11-20","status":"%s","correctionReasons":[],
                 "registrationPointUscc":"124501004983071214","registrationNumber":null,"ruleSetVersion":"CN-2026",
                 "deadline":{"startedOn":"2026-11-24","dueOn":"2026-12-15","workingDays":15,"unit":"WORKING_DAYS",
                   "provisional":false,"overdue":%s,"workingDaysLeft":%s},
                 "review":{"reason":"LARGE","panelId":"9a9a9a9a-0000-4000-8000-000000000001","field":"SUGAR",
                   "seed":42,"drawnBy":"registrar.nanning","drawnAt":"2026-11-25T02:00:00Z",
                   "experts":[{"expertId":"e1","name":"李明","organisationUscc":"124501004980015368",
                     "organisationName":"广西科学院","opinion":{"conclusion":"REGISTER","opinion":"属于技术转让。",
                     "givenAt":"2026-11-28T02:00:00Z"}},
                    {"expertId":"e2","name":"王芳","organisationUscc":"12450300498503368U",
                     "organisationName":"桂林电子科技大学","opinion":null}],"opinionsMissing":1},
                 "registrationPointName":"南宁市技术合同登记站","amendmentNumber":0,"amendedAt":null,
                 %s
                 "createdAt":"2026-11-21T02:00:00Z","submittedAt":"2026-11-22T02:00:00Z",
                 "acceptedAt":"2026-11-24T02:00:00Z","registeredAt":null,"actions":%s}"""
                .formatted(CONTRACT_ID, status, overdue, overdue ? "0" : "3", extra.isEmpty() ? "" : extra + ",",
                        actions(actions));
    }

    /** An attachment of {@link #filing}: the signed contract, deletable when {@code deletable}. */
    public static String attachment(boolean deletable) {
        return """
                {"id":"%s","kind":"SIGNED_CONTRACT","kindLabel":"技术合同文本（签字盖章）","fileName":"合同.pdf",
                 "mediaType":"application/pdf","size":204800,"sha256":"ab12","uploadedAt":"2026-11-21T03:00:00Z",
                 "actions":%s}""".formatted(ATTACHMENT_ID, deletable ? "[\"download\",\"delete\"]" : "[\"download\"]");
    }

    /**
     * The documents of {@link #filing} as the registry lists them: the signed contract, the patent certificate still
     * missing, and {@code upload} among the actions when the filer may upload now.
     */
    public static String attachments(boolean changeable) {
        return """
                {"items":[%s],"actions":%s,
                 "required":[{"kind":"SIGNED_CONTRACT","label":"技术合同文本（签字盖章）"},
                             {"kind":"PATENT_CERTIFICATE","label":"专利证书"}],
                 "missing":[{"kind":"PATENT_CERTIFICATE","label":"专利证书"}],
                 "maxFileSize":20971520,"maxFiles":30,"mediaTypes":["application/pdf","image/jpeg","image/png"]}"""
                .formatted(attachment(changeable), changeable ? "[\"upload\"]" : "[]");
    }

    /** The registry's pre-check of a filing: the suggestion, the checklist and two warnings. */
    public static String precheck() {
        return """
                {"suggestedType":"TRANSFER_PATENT","suggestedCategory":"TRANSFER","reason":"标的为专利权",
                 "checklist":[{"kind":"SIGNED_CONTRACT","zh":"技术合同文本（签字盖章）","en":"Signed contract"},
                              {"kind":"PATENT_CERTIFICATE","zh":"专利证书","en":"Patent certificate"}],
                 "totalContractAmount":"6000000.00","nonTechnicalAmount":"500000.00",
                 "technologyTransactionAmount":"5500000.00","ruleSetVersion":"CN-2026",
                 "deadline":{"amount":30,"unit":"WORKING_DAYS"},
                 "warnings":[{"code":"EXPERT_REVIEW_EXPECTED","message":"技术交易额达到500万元，将提请专家评审",
                               "messageEn":"Expert review expected"},
                             {"code":"REWARD_SHARE_BELOW_70","message":"完成人奖酬比例低于70%","messageEn":"below 70 %"}]}""";
    }

    public static String entitlement(DemoUser beneficiary, String programme, String amount) {
        return """
                {"id":"e0e0e0e0-1234-4321-8888-%012d","programmeCode":"%s","budgetYear":2026,
                 "policyClause":"桂政办发〔2020〕seed-001","beneficiary":{"uscc":"%s","name":"%s","kind":"%s",
                 "region":"%s"},"contractId":"%s","registrationNumber":"26450101000001",
                 "contractTitle":"赤泥综合利用制备建材技术专利权转让合同","contractType":"TRANSFER_PATENT",
                 "basisAmount":"800000.00","rate":"0.01","amount":"%s","capped":false,"status":"GRANTED",
                 "journalEntryId":null,"reversalEntryId":null,"registeredAt":"2026-11-10T02:00:00Z",
                 "createdAt":"2026-11-10T02:00:01Z","grantedAt":"2026-11-10T02:00:01Z","reversedAt":null}"""
                .formatted(Math.abs(programme.hashCode()) % 1000, programme, beneficiary.orgId(),
                        beneficiary.orgName(), beneficiary.orgKind(), beneficiary.orgRegion(), CONTRACT_ID, amount);
    }

    public static String programme(String code, String name, String nameEn, String budget, String granted,
            String remaining) {
        return """
                {"code":"%s","budgetYear":2026,"rule":"X","name":"%s","nameEn":"%s","policyClause":"seed",
                 "rate":"0.01","perContractCap":null,"minimumBasis":null,"eligibleCategories":[],
                 "budget":"%s","granted":"%s","remaining":"%s"}""".formatted(code, name, nameEn, budget, granted,
                remaining);
    }

    /** A hit of a service's search: the item as the service shows it, nothing highlighted. */
    public static String searchHit(String item) {
        return searchHit("result", item);
    }

    /** A hit of a service's search under {@code name} ("result", "demand"), nothing highlighted. */
    public static String searchHit(String name, String item) {
        return "{\"" + name + "\":" + item + ",\"highlights\":{}}";
    }

    /** A service's page of a list: {@code items} as given, {@code total} their number, page 0 of size 20. */
    public static String page(String... items) {
        return page(items.length, 0, 20, items);
    }

    /** A page of a longer list: {@code total} rows in all, this page's {@code items}. */
    public static String page(long total, int page, int size, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"total\":" + total + ",\"page\":" + page
                + ",\"size\":" + size + "}";
    }

    public static final String NOTIFICATION_ID = "a0a0a0a0-0000-4000-8000-000000000001";
    public static final String ANNOUNCEMENT_ID = "a0a0a0a0-0000-4000-8000-000000000002";

    /** A notice of the notification service: its text is the portal's, from kind and args. */
    public static String notification(String kind, boolean read, String argsJson, String deadline) {
        return """
                {"id":"%s","kind":"%s","subjectType":"CONTRACT","subjectId":"%s","link":"/contracts/%s",
                 "args":%s,"createdAt":"2026-12-01T02:00:00Z","deadline":%s,"read":%s,"actions":%s}"""
                .formatted(NOTIFICATION_ID, kind, CONTRACT_ID, CONTRACT_ID, argsJson,
                        deadline == null ? "null" : "\"" + deadline + "\"", read, read ? "[]" : "[\"read\"]");
    }

    /** A 通知公告 ({@code NOTICE}) or 政策文件 ({@code POLICY}). */
    public static String announcement(String kind, String status, String... actions) {
        return """
                {"id":"%s","kind":"%s","title":"关于开展2026年度技术合同认定登记工作的通知","body":"各有关单位：\\n请按时办理。",
                 "publishedAt":"2026-12-01T02:00:00Z","publisher":{"uscc":"11450000MB0000000X","name":"广西壮族自治区科学技术厅",
                 "kind":"GOVERNMENT","region":"450000"},"status":"%s","actions":%s}"""
                .formatted(ANNOUNCEMENT_ID, kind, status, actions(actions));
    }

    /** An organisation in a list of the directory. */
    public static String organisationSummary(DemoUser org, String status) {
        return """
                {"uscc":"%s","name":"%s","nameEn":null,"kind":"%s","region":"%s","regionName":"南宁市",
                 "parentUscc":null,"status":"%s"}""".formatted(org.orgId(), org.orgName(), org.orgKind(),
                org.orgRegion(), status);
    }

    /**
     * 广西桂糖集团 as the directory shows it to a user of its own or its admin: a subsidiary, a valid 高新技术企业
     * qualification (revocable when {@code actions} has {@code revoke}) and an ended one, a bank account not yet
     * verified, with {@code actions} on the organisation.
     */
    public static String organisation(DemoUser org, String status, String... actions) {
        boolean revocable = java.util.Arrays.asList(actions).contains("revoke");
        String[] own = java.util.Arrays.stream(actions).filter(a -> !a.equals("revoke")).toArray(String[]::new);
        return """
                {"uscc":"%s","name":"%s","nameEn":"Guangxi Sugar Group Co., Ltd.","kind":"%s","region":"%s",
                 "regionName":"南宁市","parentUscc":null,"parentName":null,"status":"%s",
                 "verifiedAt":"2026-01-05T02:00:00Z","suspendedAt":null,"suspensionReason":null,
                 "subsidiaries":[{"uscc":"91450300MA5KC7Q12L","name":"桂林桂糖制糖有限公司","nameEn":null,
                   "kind":"ENTERPRISE","region":"450300","regionName":"桂林市","parentUscc":"%s","status":"VERIFIED"}],
                 "qualifications":[{"id":"q1","kind":"HIGH_TECH_ENTERPRISE","number":"GR202445000318",
                   "validFrom":"2024-12-10","validTo":"2027-12-09","revoked":false,"revocationReason":null,
                   "validToday":true,"actions":%s},
                  {"id":"q2","kind":"TECH_SME","number":"2025450100A0001","validFrom":"2025-01-01",
                   "validTo":"2025-12-31","revoked":false,"revocationReason":null,"validToday":false,"actions":[]}],
                 "bankAccount":{"bankName":"中国工商银行南宁分行","accountNumber":"6222020200112233445",
                   "accountName":"%s","verified":false,"verifiedAt":null},
                 "registrationPoint":null,"actions":%s}""".formatted(org.orgId(), org.orgName(), org.orgKind(),
                org.orgRegion(), status, org.orgId(), revocable ? "[\"revoke\"]" : "[]", org.orgName(),
                actions(own));
    }

    /** One line of an organisation's history: its name changed by the admin of 科技厅. */
    public static String renamed(String before, String after) {
        return """
                {"at":"2026-12-01T02:00:00Z","action":"edit","actor":{"username":"admin.gx","displayName":"运营管理员",
                 "organisation":"11450000000008344N"},"before":{"uscc":"x","name":"%s","kind":"ENTERPRISE"},
                 "after":{"uscc":"x","name":"%s","kind":"ENTERPRISE"}}""".formatted(before, after);
    }

    /** {@code actions} as the services write it: what the caller may do on the object now. */
    private static String actions(String... actions) {
        return java.util.Arrays.stream(actions).map(a -> "\"" + a + "\"").collect(
                java.util.stream.Collectors.joining(",", "[", "]"));
    }

    public static String problem(int status, String code, String detail, String errorsJson) {
        return """
                {"type":"urn:techmarket:problem:%s","title":"%s","status":%d,"detail":"%s","code":"%s",
                 "errors":%s}""".formatted(code.toLowerCase().replace('_', '-'), code, status, detail, code,
                errorsJson == null ? "[]" : errorsJson);
    }
}
