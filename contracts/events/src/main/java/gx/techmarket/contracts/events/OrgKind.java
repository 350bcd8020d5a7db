package gx.techmarket.contracts.events;

import java.util.Locale;
import java.util.Optional;

/**
 * 机构类型: the kind of an organisation, the market's one list of them. On the wire the constant names; in the
 * token's {@code org_kind} claim the lower-case name ({@link #claimValue()}).
 */
public enum OrgKind {
    /** 高校. */
    UNIVERSITY,
    /** 科研院所. */
    INSTITUTE,
    /** 企业. */
    ENTERPRISE,
    /** 技术转移机构 / 中介服务机构. */
    AGENCY,
    /** 技术合同登记机构. */
    REGISTRY,
    /** 政府部门 (科技厅, 市科技局). */
    GOVERNMENT,
    /** 社会组织 (学会, 协会, 民办非企业单位). */
    SOCIETY;

    /** The claim value, e.g. {@code enterprise}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a claim value names; empty for anything else (including upper case). */
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
