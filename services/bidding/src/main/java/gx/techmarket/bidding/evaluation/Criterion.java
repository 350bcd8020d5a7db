package gx.techmarket.bidding.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A quality criterion of an evaluation method: its number (from 1), names and weight in percent. */
@Embeddable
public class Criterion {

    @Column(nullable = false)
    int number;

    @Column(name = "name_zh", nullable = false, length = 100)
    String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    String nameEn;

    @Column(nullable = false, precision = 5, scale = 2)
    BigDecimal weight;

    protected Criterion() {
        // for Hibernate
    }

    Criterion(int number, String nameZh, String nameEn, BigDecimal weight) {
        this.number = number;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.weight = weight;
    }
}
