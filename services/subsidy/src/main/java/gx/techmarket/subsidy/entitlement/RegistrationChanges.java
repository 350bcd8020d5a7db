package gx.techmarket.subsidy.entitlement;

/**
 * What a change of a contract's registration (变更登记, 注销登记) does to the subsidy the contract gave: plain rules,
 * no I/O. The registry numbers a registration's amendments 1, 2, …; here the registration itself is amendment 0.
 */
final class RegistrationChanges {

    private RegistrationChanges() {}

    /** What becomes of one of the contract's entitlements when its registration is amended or cancelled. */
    enum Unwind {
        /** It was posted: a reversing entry gives its amount back to the budget and takes it off what is owed. */
        REVERSE,
        /** It was never posted (waiting for budget): it is withdrawn, so budget added later cannot grant it. */
        WITHDRAW,
        /**
         * It is a ceiling claims draw on (需申报): every claim on it ends — their grants reversed, open ones closed —
         * (the claims' part, told by {@code EntitlementEnded}), and it is withdrawn, so no claim can be made on it.
         */
        END_CLAIMS,
        /** An earlier change already reversed or withdrew it. */
        NOTHING
    }

    /**
     * What a change does to an entitlement in {@code status}. Deliberately without a default: a state added to the
     * lifecycle does not compile until it is decided here what a change of the registration does to it. A paid
     * grant reversed becomes a receivable (disbursement's part, told by {@code GrantReversed}).
     */
    static Unwind unwind(EntitlementStatus status) {
        return switch (status) {
            case GRANTED -> Unwind.REVERSE;
            case WAITING_FOR_BUDGET -> Unwind.WITHDRAW;
            case CLAIMABLE -> Unwind.END_CLAIMS;
            case REVERSED, WITHDRAWN -> Unwind.NOTHING;
        };
    }

    /** Whether an event about a registration changes what subsidy has made of it. */
    enum Verdict {
        /** It is news: apply it. */
        APPLY,
        /** This version of the registration (or a later one) was heard of before: an event replayed under a new id. */
        ALREADY_HEARD,
        /** The registration was cancelled: nothing it says can give anything any more. */
        DEREGISTERED
    }

    /**
     * Where a contract's registration stands as subsidy has heard of it.
     *
     * @param amendmentNumber the last version assessed: 0 the registration, n its n-th amendment
     * @param deregistered    whether it was cancelled (注销登记)
     */
    record Known(int amendmentNumber, boolean deregistered) {

        Known {
            if (amendmentNumber < 0) {
                throw new IllegalArgumentException("amendment numbers start at 0 (the registration itself)");
            }
        }

        /**
         * The registration (again): assessed unless cancelled, or already superseded by an amendment, whose facts
         * are the ones that count. A registration heard twice before any amendment is assessed again, where each
         * programme gives at most one outcome per version, so it gives nothing twice.
         */
        Verdict onRegistration() {
            if (deregistered) {
                return Verdict.DEREGISTERED;
            }
            return amendmentNumber > 0 ? Verdict.ALREADY_HEARD : Verdict.APPLY;
        }

        /**
         * The {@code n}-th amendment: applied when it is later than the last version assessed. One that skips a
         * number (an amendment subsidy never heard of) still applies: the latest facts are the ones that count.
         */
        Verdict onAmendment(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("amendments are numbered from 1, not " + n);
            }
            if (deregistered) {
                return Verdict.DEREGISTERED;
            }
            return n > amendmentNumber ? Verdict.APPLY : Verdict.ALREADY_HEARD;
        }

        /** The cancellation: once. */
        Verdict onDeregistration() {
            return deregistered ? Verdict.ALREADY_HEARD : Verdict.APPLY;
        }
    }
}
