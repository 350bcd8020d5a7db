package gx.techmarket.registry.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A holiday or a make-up working day of a loaded year. */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

    @Id
    LocalDate date;

    @Column(nullable = false)
    int year;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    DayKind kind;

    @Column(nullable = false, length = 50)
    String name;
}
