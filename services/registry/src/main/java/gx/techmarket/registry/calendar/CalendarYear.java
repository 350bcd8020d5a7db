package gx.techmarket.registry.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A year of the working-day calendar as loaded: the notice it comes from and who loaded it when. */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

    @Id
    Integer year;

    @Column(nullable = false, length = 500)
    String source;

    @Column(name = "published_on", nullable = false)
    LocalDate publishedOn;

    @Column(name = "loaded_by", nullable = false, length = 200)
    String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    Instant loadedAt;
}
