package gx.techmarket.registry.calendar;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The working-day calendar as loaded (tables {@code calendar_year}, {@code calendar_day}), and its loading. */
@ApplicationScoped
public class Calendars {

    private final EntityManager em;
    private final Clock clock;

    Calendars(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Every loaded year and its days: a few dozen rows a year, read once per request that needs deadlines. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar current() {
        Set<Integer> years = new HashSet<>(
                em.createQuery("select y.year from CalendarYear y", Integer.class).getResultList());
        Map<LocalDate, DayKind> days = new HashMap<>();
        em.createQuery("select d from CalendarDay d", CalendarDay.class).getResultList()
                .forEach(d -> days.put(d.date, d.kind));
        return new WorkingCalendar(years, days);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    CalendarView year(int year) {
        CalendarYear y = em.find(CalendarYear.class, year);
        if (y == null) {
            return new CalendarView(year, false, null, null, null, null, List.of());
        }
        List<CalendarRequest.Day> days = em.createQuery(
                        "select d from CalendarDay d where d.year = :y order by d.date", CalendarDay.class)
                .setParameter("y", year).getResultList().stream()
                .map(d -> new CalendarRequest.Day(d.date, d.kind, d.name)).toList();
        return new CalendarView(year, true, y.source, y.publishedOn, y.loadedBy, y.loadedAt, days);
    }

    /**
     * Replaces {@code year}'s calendar with the notice's (admins of the province only: the calendar is national and
     * serves every point). Every day must lie in the year, once; only a weekend day can be made a working day.
     */
    @Transactional
    CalendarView load(Actor actor, int year, CalendarRequest request) {
        if (!actor.isProvinceAdmin()) {
            throw ProblemException.forbidden("NOT_PROVINCE_ADMIN");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < request.days().size(); i++) {
            CalendarRequest.Day day = request.days().get(i);
            String field = "days[" + i + "].date";
            if (day.date().getYear() != year) {
                throw ProblemException.badRequest("CALENDAR_DAY_OUTSIDE_YEAR", day.date().toString(),
                        String.valueOf(year)).withField(field, "CALENDAR_DAY_OUTSIDE_YEAR");
            }
            if (!seen.add(day.date())) {
                throw ProblemException.badRequest("CALENDAR_DAY_TWICE", day.date().toString())
                        .withField(field, "CALENDAR_DAY_TWICE");
            }
            DayOfWeek dow = day.date().getDayOfWeek();
            if (day.kind() == DayKind.WORKDAY && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw ProblemException.badRequest("CALENDAR_WORKDAY_NOT_WEEKEND", day.date().toString())
                        .withField("days[" + i + "].kind", "CALENDAR_WORKDAY_NOT_WEEKEND");
            }
        }
        em.createQuery("delete from CalendarDay d where d.year = :y").setParameter("y", year).executeUpdate();
        CalendarYear found = em.find(CalendarYear.class, year);
        CalendarYear y = found != null ? found : new CalendarYear();
        y.year = year;
        y.source = request.source().strip();
        y.publishedOn = request.publishedOn();
        y.loadedBy = actor.username();
        y.loadedAt = MarketClock.now(clock);
        if (found == null) {
            em.persist(y);
            em.flush(); // the year's row before its days reference it
        }
        for (CalendarRequest.Day day : request.days()) {
            CalendarDay d = new CalendarDay();
            d.date = day.date();
            d.year = year;
            d.kind = day.kind();
            d.name = day.name().strip();
            em.persist(d);
        }
        em.flush();
        return year(year);
    }
}
