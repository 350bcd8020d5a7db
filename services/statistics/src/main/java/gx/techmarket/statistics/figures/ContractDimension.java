package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What registered contracts are broken down by ({@code by}). */
public enum ContractDimension {
    /** 月份 of registration (China time). */
    MONTH("month"),
    /** 市: the city of the seller (输出) or of the buyer (吸纳); another province, or a country abroad. */
    CITY("city"),
    /** 县（区）: the county of the seller or buyer, as precise as the directory has it. */
    COUNTY("county"),
    /** 合同类型 (subtype: 专利权转让, 技术秘密使用许可, ...). */
    TYPE("type"),
    /** 合同类别 (技术开发, 技术转让, 技术许可, 技术咨询, 技术服务). */
    CATEGORY("category"),
    /** 卖方机构类型 (企业, 高校, 科研院所, ...). */
    SELLER_KIND("sellerKind"),
    /** 买方机构类型. */
    BUYER_KIND("buyerKind"),
    /** 区内 / 区外 / 跨境. */
    SCOPE("scope"),
    /** 登记机构 (registration point). */
    POINT("point"),
    /** 技术领域: the market's industry code the registration states; {@link #UNSTATED} when it states none. */
    FIELD("field");

    /** The key of contracts whose registration states no 技术领域. */
    public static final String UNSTATED = "UNSTATED";

    private final String param;

    ContractDimension(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The dimension named {@code param}; {@code month} if none is; 400 {@code UNKNOWN_DIMENSION} if unknown. */
    public static ContractDimension of(String param) {
        if (param == null) {
            return MONTH;
        }
        return Arrays.stream(values()).filter(d -> d.param.equals(param)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("UNKNOWN_DIMENSION", param,
                                Arrays.stream(values()).map(d -> d.param).collect(Collectors.joining(", ")))
                        .withField("by", "UNKNOWN_DIMENSION"));
    }

    /** The SQL expression of the key, for a flow whose region is {@code region} and country {@code country}. */
    String key(Flow flow) {
        String r = flow.regionColumn();
        String c = flow.countryColumn();
        return switch (this) {
            case MONTH -> "to_char(registered_on, 'YYYY-MM')";
            case CITY -> "case when " + r + " is null then " + c + " when " + r + " like '45%' then substr(" + r
                    + ", 1, 4) || '00' else substr(" + r + ", 1, 2) || '0000' end";
            case COUNTY -> "case when " + r + " is null then " + c + " when " + r + " like '45%' then " + r
                    + " else substr(" + r + ", 1, 2) || '0000' end";
            case TYPE -> "contract_type";
            case CATEGORY -> "category";
            case SELLER_KIND -> "seller_kind";
            case BUYER_KIND -> "buyer_kind";
            case SCOPE -> "scope";
            case POINT -> "point_code";
            case FIELD -> "coalesce(technical_field, '" + UNSTATED + "')";
        };
    }
}
