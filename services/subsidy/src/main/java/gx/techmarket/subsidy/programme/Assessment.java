package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.util.Objects;

/** What a programme's rule says about one registered contract. */
public sealed interface Assessment {

    /**
     * The contract gives {@code beneficiary} an entitlement of {@code amount}.
     *
     * @param beneficiary who receives it
     * @param basis       the amount the rate applies to (the registered 技术交易额), in 元
     * @param rate        the programme's rate
     * @param amount      basis × rate rounded HALF_UP to the fen, then capped
     * @param capped      whether the per-contract cap cut it
     */
    record Eligible(Party beneficiary, BigDecimal basis, BigDecimal rate, BigDecimal amount, boolean capped)
            implements Assessment {
        public Eligible {
            Objects.requireNonNull(beneficiary, "beneficiary");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The contract gives nothing under this programme, for {@code reason}. */
    record Ineligible(Reason reason) implements Assessment {
        public Ineligible {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a contract gives nothing under a programme. */
    enum Reason {
        /** The contract's type is not one of the programme's eligible categories. */
        CONTRACT_TYPE_NOT_ELIGIBLE,
        /** The buyer is not an enterprise. */
        BUYER_NOT_ENTERPRISE,
        /** The buyer is not registered in Guangxi (region 45xxxx). */
        BUYER_OUTSIDE_GUANGXI,
        /** Buyer and seller are the same organisation, or one is the other's parent. */
        BUYER_AFFILIATED_WITH_SELLER,
        /** The 技术交易额 is below the programme's minimum. */
        BELOW_MINIMUM,
        /** No intermediary brokered the contract. */
        NO_INTERMEDIARY,
        /** The intermediary is itself the buyer or the seller. */
        INTERMEDIARY_IS_PARTY,
        /** The amount rounds to less than one fen. */
        NOTHING_TO_GRANT
    }
}
