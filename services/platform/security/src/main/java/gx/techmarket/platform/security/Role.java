package gx.techmarket.platform.security;

import java.util.Optional;

/** The market's realm roles (Keycloak realm {@code techmarket}); see docs/glossary.md. */
public enum Role {
    /** 高校 / 科研院所. */
    UNIVERSITY(Roles.UNIVERSITY),
    /** 企业. */
    ENTERPRISE(Roles.ENTERPRISE),
    /** 技术经理人 / 技术转移机构. */
    BROKER(Roles.BROKER),
    /** 技术合同登记员. */
    REGISTRAR(Roles.REGISTRAR),
    /** 评审专家. */
    EXPERT(Roles.EXPERT),
    /** 科技厅 / 市科技局 market operator. */
    ADMIN(Roles.ADMIN);

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The role's name in tokens ({@code realm_access.roles}). */
    public String realmRole() {
        return realmRole;
    }

    public static Optional<Role> fromRealmRole(String name) {
        for (Role r : values()) {
            if (r.realmRole.equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
