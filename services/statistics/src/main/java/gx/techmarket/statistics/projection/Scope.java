package gx.techmarket.statistics.projection;

import gx.techmarket.contracts.events.Party;

/** Where a contract's two parties are: both in Guangxi, one in another province, or one abroad (跨境). */
public enum Scope {
    /** 区内: seller and buyer both registered in Guangxi. */
    IN_PROVINCE,
    /** 区外: one of them in another province of China. */
    OUT_OF_PROVINCE,
    /** 跨境: one of them abroad (a technology import's seller, an export's buyer). */
    CROSS_BORDER;

    public static Scope of(Party seller, Party buyer) {
        if (seller.isForeign() || buyer.isForeign()) {
            return CROSS_BORDER;
        }
        return seller.isInGuangxi() && buyer.isInGuangxi() ? IN_PROVINCE : OUT_OF_PROVINCE;
    }
}
