package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.regions.RegionCode;
import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation an admin enters into the directory (申请中 until verified): its 统一社会信用代码, Chinese name, English
 * name (optional), kind, GB/T 2260 region down to the county (other provinces' codes for organisations outside
 * Guangxi) and parent, which must be a verified organisation of the directory.
 */
public record OrganisationRequest(
        @NotNull @UsccCode String uscc,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Pattern(regexp = ".*\\S.*") String nameEn,
        @NotNull OrgKind kind,
        @NotNull @RegionCode String region,
        @UsccCode String parentUscc) {}
