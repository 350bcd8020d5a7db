package gx.techmarket.registry.filing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a contract's subtype needs beyond the common fields ({@link SubtypeCatalogue} says which are required for
 * which subtype; one not for the subtype is refused). Numbers are checked for their form, patent numbers also for
 * their check digit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilingDetails(
        @Schema(description = "专利号, e.g. ZL201910563278.2 (check digit verified)")
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9.]+") String patentNumber,
        @Schema(description = "专利申请号, e.g. 201910563278.2 (check digit verified)")
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9.]+") String applicationNumber,
        @Schema(description = "集成电路布图设计登记号, e.g. BS.195012345")
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9.]+") String layoutRegistrationNumber,
        @Schema(description = "植物新品种权号, e.g. CNA20191234.5")
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9.]+") String varietyRightNumber,
        @Schema(description = "计算机软件著作权登记号, e.g. 2023SR0123456")
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9]+") String softwareRegistrationNumber,
        @Schema(description = "生物医药新品种的证书或批准文号, e.g. 国药证字H20230001")
        @Size(max = 64) @Pattern(regexp = "(?s).*\\S.*") String certificateNumber,
        @Schema(description = "The right transferred or licensed when it is none of the above, and its proof")
        @Size(max = 500) @Pattern(regexp = "(?s).*\\S.*") String rightDescription,
        LicenceScope licenceScope,
        LocalDate licencePeriodTo,
        @Size(max = 10) List<@NotNull @Valid Contribution> contributions,
        @Min(1) @Max(100000) Integer trainees,
        @Size(max = 2000) @FreeText @Pattern(regexp = "(?s).*\\S.*") String trainingContent,
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> principalParties,
        @Schema(description = "The result delivered: a development's results, a consultation's report, a service's "
                + "work")
        @Size(max = 500) @Pattern(regexp = "(?s).*\\S.*") String deliverable) {

    /** 独占 (only the licensee, not even the licensor), 排他 (the licensee and the licensor), 普通 (anyone licensed). */
    public enum LicenceScope { EXCLUSIVE, SOLE, ORDINARY }

    /** Which side of a 合作开发 a contribution is. */
    public enum Side { SELLER, BUYER }

    /** One party's part in a cooperative development: its share of the investment and work, and what it brings. */
    public record Contribution(
            @NotNull Side party,
            @NotNull @DecimalMin("0.01") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share,
            @NotBlank @Size(max = 500) String description) {}
}
