package gx.techmarket.subsidy.entitlement;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.problems.Messages;
import gx.techmarket.subsidy.programme.Explanation;
import gx.techmarket.subsidy.programme.ExplanationText;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entitlement as the API shows it, with everything it is traceable to and what the caller may do to it now. */
public record EntitlementView(
        UUID id,
        String programmeCode,
        int budgetYear,
        String policyClause,
        Party beneficiary,
        @Schema(description = "What it rests on: CONTRACT (the contract's fields are set), QUALIFICATION (高企 recognition), "
                + "EXPENSE or CHALLENGE")
        String subjectType,
        @Schema(description = "How the subject is named: the registration number, the certificate number …")
        String subjectReference,
        @Schema(description = "The registered contract; null when the subject is not a contract")
        UUID contractId,
        @Schema(description = "The version of the registration assessed: 0 the registration, n its n-th amendment "
                + "(变更登记), which reverses what the earlier versions gave and is assessed anew")
        int amendmentNumber,
        @Schema(description = "The version of its programme's terms it was assessed under: the one in force on the "
                + "registration day; a later version of the terms never rewrites it")
        int programmeVersion,
        String registrationNumber,
        String contractTitle,
        String contractType,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal basisAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        boolean capped,
        @Schema(description = "The directory's facts the entitlement was decided on, as of the contract's "
                + "registration: each party's kind and region, the relations found")
        String facts,
        EntitlementStatus status,
        UUID journalEntryId,
        UUID reversalEntryId,
        Instant registeredAt,
        Instant createdAt,
        Instant grantedAt,
        Instant reversedAt,
        Instant withdrawnAt,
        @Schema(description = "Why it was reversed or withdrawn: the change of the contract's registration (变更登记 or "
                + "注销登记) that took it back")
        String endReason,
        @Schema(description = "Why it came out as it did, clause by clause: each step's rule (code), where its facts "
                + "come from (source), how it came out (outcome) and the facts; null for entitlements assessed before "
                + "explanations were kept")
        Explanation explanation,
        @Schema(description = "The explanation's steps in words, one line per step, in the caller's language "
                + "(Accept-Language: zh-CN, the default, or en)")
        List<String> explanationText,
        List<String> actions) {

    /**
     * What any caller may do to an entitlement through the API: nothing. Both moves of its lifecycle are the
     * service's own (grant when budget covers it, reverse as a correction) and no endpoint offers them; an endpoint
     * that comes to offer one lists it here for the callers it accepts.
     */
    static final List<String> NO_ACTIONS = List.of();

    static EntitlementView of(Entitlement e) {
        return of(e, Messages.ZH_CN);
    }

    /** The entitlement with its explanation in words in {@code locale}'s language. */
    static EntitlementView of(Entitlement e, Locale locale) {
        Explanation explanation = e.explanation();
        return new EntitlementView(e.id(), e.programmeCode, e.budgetYear, e.policyClause, e.beneficiary.toParty(),
                e.subjectType, e.subjectReference, e.contractId, e.amendmentNumber, e.programmeVersion,
                e.registrationNumber,
                e.contractTitle, e.contractType, e.basisAmount, e.rate == null ? null : ProgrammeTerms.normalRate(e.rate),
                e.amount, e.capped, e.facts, e.status, e.journalEntryId, e.reversalEntryId, e.registeredAt,
                e.createdAt(), e.grantedAt, e.reversedAt, e.withdrawnAt, e.endReason, explanation,
                ExplanationText.render(explanation, locale), NO_ACTIONS);
    }
}
