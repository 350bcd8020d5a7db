package gx.techmarket.portal.subsidy.programmes;

import gx.techmarket.portal.web.Amounts;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A programme's terms as typed, kept as text so a refused form comes back as the admin left it. The rate is typed as
 * a percentage ({@code 20} for 20 %, up to four decimals) and sent as the fraction the service keeps ({@code 0.20}),
 * exactly, never through a double. Used for a new programme and for a new version of its terms
 * ({@code effectiveFrom}, {@code reason}).
 */
@TemplateData
public class TermsForm {

    /** A percentage: up to 3 digits and 4 decimals (0.0001 % is the service's finest rate, 6 decimals). */
    static final String PERCENT = "\\s*([0-9]{1,3}(\\.[0-9]{1,4})?)?\\s*";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @RestForm
    @Pattern(regexp = PERCENT)
    public String ratePercent;

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String perContractCap;

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String minimumBasis;

    @RestForm
    public List<String> eligibleCategories = new ArrayList<>();

    @RestForm
    @NotBlank
    @Size(max = 1000)
    public String policyClause;

    @RestForm
    @NotBlank
    public String grantMode = "AUTOMATIC";

    @RestForm
    @NotBlank
    public String approval = "SUB_MARKET";

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String perBeneficiaryYearCap;

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String minimumAmount;

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String fixedAmount;

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String renewalAmount;

    /** A new version only: the first day it is in force. */
    @RestForm
    public String effectiveFrom;

    /** A new version only: why the terms change (its own name: the programme's page has the top-up's reason too). */
    @RestForm("changeReason")
    @Size(max = 500)
    public String reason;

    public boolean covers(String category) {
        return eligibleCategories != null && eligibleCategories.contains(category);
    }

    /** The terms of {@code programme} as they are in force, to start a new version from. */
    static TermsForm of(ProgrammeDetail programme) {
        TermsForm form = new TermsForm();
        fill(form, programme);
        return form;
    }

    static void fill(TermsForm form, ProgrammeDetail p) {
        form.ratePercent = p.rate() == null ? "" : p.rate().multiply(HUNDRED).stripTrailingZeros().toPlainString();
        form.perContractCap = Amounts.input(p.perContractCap());
        form.minimumBasis = Amounts.input(p.minimumBasis());
        form.eligibleCategories = new ArrayList<>(p.eligibleCategories());
        form.policyClause = p.policyClause();
        form.grantMode = p.grantMode();
        form.approval = p.approval();
        form.perBeneficiaryYearCap = Amounts.input(p.perBeneficiaryYearCap());
        form.minimumAmount = Amounts.input(p.minimumAmount());
        form.fixedAmount = Amounts.input(p.fixedAmount());
        form.renewalAmount = Amounts.input(p.renewalAmount());
    }

    /** The rate as the fraction the service keeps: {@code 20} → {@code 0.20}; null when none was typed. */
    static BigDecimal rate(String percent) {
        if (percent == null || percent.isBlank()) {
            return null;
        }
        BigDecimal fraction = new BigDecimal(percent.strip()).divide(HUNDRED);
        BigDecimal stripped = fraction.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    /** A typed day ({@code yyyy-MM-dd}, as a date input sends it), or null if it is none. */
    static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    ProgrammeRequests.Terms toTerms() {
        return new ProgrammeRequests.Terms(rate(ratePercent), Amounts.parse(perContractCap),
                Amounts.parse(minimumBasis), eligibleCategories == null ? List.of() : List.copyOf(eligibleCategories),
                policyClause == null ? null : policyClause.strip(), grantMode, approval,
                Amounts.parse(perBeneficiaryYearCap), Amounts.parse(minimumAmount), Amounts.parse(fixedAmount),
                Amounts.parse(renewalAmount));
    }

    ProgrammeRequests.NewVersion toNewVersion() {
        return new ProgrammeRequests.NewVersion(day(effectiveFrom),
                reason == null || reason.isBlank() ? null : reason.strip(), toTerms());
    }
}
