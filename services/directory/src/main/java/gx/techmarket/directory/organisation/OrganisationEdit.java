package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.regions.RegionCode;
import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation's facts as they are to be from now on (all of them: a field left out is cleared or refused). */
public record OrganisationEdit(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Pattern(regexp = ".*\\S.*") String nameEn,
        @NotNull OrgKind kind,
        @NotNull @RegionCode String region,
        @UsccCode String parentUscc) {}
