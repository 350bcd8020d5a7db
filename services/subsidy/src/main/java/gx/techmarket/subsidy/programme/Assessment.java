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
     * @param basis       the amount the rate applies to (the registered 技术交易额), in 元; {@code null} for a fixed
     *                    amount (高企 recognition)
     * @param rate        the programme's rate; {@code null} for a fixed amount
     * @param amount      basis × rate rounded HALF_UP to the fen, then capped
     * @param capped      whether the per-contract cap cut it
     * @param facts       the directory's facts the rule decided on, as of the registration (kind, region, relation)
     * @param explanation the decision clause by clause: rules, facts with their sources, arithmetic, caps
     */
    record Eligible(Party beneficiary, BigDecimal basis, BigDecimal rate, BigDecimal amount, boolean capped,
            String facts, Explanation explanation) implements Assessment {
        public Eligible {
            Objects.requireNonNull(beneficiary, "beneficiary");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /**
     * The contract gives nothing under this programme, for {@code reason}, decided on {@code facts} (the directory's
     * facts as of the registration that the refusal rests on), explained clause by clause ({@code explanation},
     * whose last step is the refusal).
     */
    record Ineligible(Reason reason, String facts, Explanation explanation) implements Assessment {
        public Ineligible {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** The explanation of either outcome. */
    Explanation explanation();

    /** Why a contract gives nothing under a programme. */
    enum Reason {
        /** The contract's type is not one of the programme's eligible categories. */
        CONTRACT_TYPE_NOT_ELIGIBLE,
        /**
         * The directory did not know the buyer as a verified organisation on the registration date: an external
         * (out-of-province or foreign) buyer the registry recorded unverified, or one suspended then.
         */
        BUYER_NOT_VERIFIED,
        /** The buyer is not an enterprise (per the directory on the registration date). */
        BUYER_NOT_ENTERPRISE,
        /** The buyer is not registered in Guangxi (region 45xxxx, per the directory on the registration date). */
        BUYER_OUTSIDE_GUANGXI,
        /**
         * Buyer and seller are related in the group tree (the same organisation, one an ancestor of the other at any
         * depth, or both in one group): anything but unrelated.
         */
        BUYER_AFFILIATED_WITH_SELLER,
        /**
         * An organisation the rule needs (seller, intermediary, registration point, or a party the intermediary's
         * relation is decided against) was not a verified organisation of the directory on the registration date.
         */
        PARTY_NOT_IN_DIRECTORY,
        /** The 技术交易额 is below the programme's minimum. */
        BELOW_MINIMUM,
        /** No intermediary brokered the contract. */
        NO_INTERMEDIARY,
        /** The intermediary is itself the buyer or the seller. */
        INTERMEDIARY_IS_PARTY,
        /** The intermediary is an ancestor, a descendant or in the group of the buyer or the seller. */
        INTERMEDIARY_AFFILIATED_WITH_PARTY,
        /** The amount rounds to less than one fen. */
        NOTHING_TO_GRANT,
        /**
         * A party the rule needs (buyer, seller or intermediary) is a foreign organisation: it has no USCC, the
         * directory does not hold it, and what the rule asks of it (kind, region, relation) cannot be established.
         */
        FOREIGN_PARTY,
        /**
         * The would-be beneficiary's region (the directory's, as of the date that counts) lies outside the
         * sub-market that runs the programme: a city's programme subsidises only the organisations of that city.
         */
        OUTSIDE_SUB_MARKET,
        /** The beneficiary already received the programme's per-beneficiary yearly cap in the budget year. */
        BENEFICIARY_YEAR_CAP_REACHED,
        /** What the rule and the caps give is below the programme's minimum amount. */
        BELOW_MINIMUM_AMOUNT,
        /** A qualification-based programme pays enterprises only, and the holder is not one (per the directory). */
        HOLDER_NOT_ENTERPRISE,
        /** A re-recognition (重新认定) under a programme that sets no amount for re-recognitions. */
        NO_AMOUNT_FOR_RENEWAL
    }
}
