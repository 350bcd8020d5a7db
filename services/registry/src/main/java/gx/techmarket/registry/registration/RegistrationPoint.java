package gx.techmarket.registry.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 技术合同登记机构 known to the registry (seeded by Flyway): only its registrars accept and register contracts. */
@Entity
@Table(name = "registration_point")
class RegistrationPoint {

    @Id
    @Column(length = 18)
    String uscc;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "city_code", nullable = false, length = 2)
    String cityCode;

    @Column(name = "point_code", nullable = false, length = 2)
    String pointCode;

    protected RegistrationPoint() {
        // for Hibernate
    }

    KnownPoint toKnown() {
        return new KnownPoint(uscc, name, cityCode, pointCode);
    }
}
