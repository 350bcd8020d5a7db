package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One 非技术性款项 of a contract. */
@Embeddable
class NonTechnicalItemEntry {

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    NonTechnicalItemCategory category;

    @Column(nullable = false, length = 200)
    String description;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal amount;

    protected NonTechnicalItemEntry() {
        // for Hibernate
    }

    NonTechnicalItemEntry(NonTechnicalItem item) {
        this.category = item.category();
        this.description = item.description();
        this.amount = item.amount();
    }

    NonTechnicalItem toItem() {
        return new NonTechnicalItem(category, description, amount);
    }
}
