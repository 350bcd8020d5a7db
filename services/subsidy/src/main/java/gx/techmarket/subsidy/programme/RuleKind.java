package gx.techmarket.subsidy.programme;

/** How a programme derives what it gives, and from what. */
public enum RuleKind {
    /** 企业购买科技成果转化后补助: rate × T to an in-region enterprise buyer not affiliated with the seller. */
    BUYER_POST_SUBSIDY(Basis.CONTRACT),
    /** 技术转移中介机构补助: rate (1%) × T to the intermediary that brokered the contract. */
    INTERMEDIARY(Basis.CONTRACT),
    /** 技术合同登记机构补助: rate (1‰) × the registered 技术交易额 to the registration point. */
    REGISTRATION_BODY(Basis.CONTRACT),
    /** 高新技术企业认定奖补: a fixed amount on first recognition, a smaller one on re-recognition (重新认定). */
    HIGH_TECH_RECOGNITION(Basis.QUALIFICATION),
    /** 研发费用补助: rate (20%) × the R&D expense an enterprise declares, capped per beneficiary and year. */
    RD_EXPENSE(Basis.EXPENSE),
    /** 揭榜挂帅支持: the province's share (rate) of a challenge's R&D investment, released by milestone. */
    CHALLENGE_SUPPORT(Basis.CHALLENGE),
    /** 科技创新券: rounds of vouchers drawing on the programme's budget. */
    VOUCHER(Basis.VOUCHER);

    /** What a rule's amounts rest on. */
    public enum Basis {
        /** a registered technical contract (its 技术交易额) */
        CONTRACT,
        /** a qualification the directory recorded */
        QUALIFICATION,
        /** expenses the beneficiary declares and proves */
        EXPENSE,
        /** a 揭榜 challenge's R&D investment */
        CHALLENGE,
        /** vouchers issued and redeemed */
        VOUCHER
    }

    private final Basis basis;

    RuleKind(Basis basis) {
        this.basis = basis;
    }

    public Basis basis() {
        return basis;
    }

    /** Whether the rule computes a rate of its basis (and so needs a rate); qualification and voucher rules do not. */
    public boolean usesRate() {
        return basis == Basis.CONTRACT || basis == Basis.EXPENSE || basis == Basis.CHALLENGE;
    }

    /** Whether the rule assesses registered contracts. */
    public boolean isContractBased() {
        return basis == Basis.CONTRACT;
    }
}
