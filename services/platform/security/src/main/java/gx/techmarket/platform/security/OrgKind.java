package gx.techmarket.platform.security;

import java.util.Locale;
import java.util.Optional;

/** What kind of organisation a user belongs to (claim {@code org_kind}). */
public enum OrgKind {
    /** 高校. */
    UNIVERSITY,
    /** 科研院所. */
    INSTITUTE,
    /** 企业. */
    ENTERPRISE,
    /** 技术转移机构 / 中介. */
    AGENCY,
    /** 技术合同登记机构. */
    REGISTRY,
    /** 政府部门 (科技厅, 市科技局). */
    GOVERNMENT;

    /** The claim value, e.g. {@code enterprise}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrgKind> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (OrgKind k : values()) {
            if (k.claimValue().equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
