package gx.techmarket.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin's lines of a working calendar: read as days, the first bad line named, written back the same way. */
class CalendarLinesTest {

    @Test
    void shouldReadHolidaysAndMakeUpWorkingDaysSkippingBlankLines() {
        CalendarLines.Parsed parsed = CalendarLines.parse("2026-10-01 HOLIDAY 国庆节\r\n\n  2026-09-28 WORKDAY 国庆节调休 上班\n");

        assertThat(parsed.badLine()).isZero();
        assertThat(parsed.days()).containsExactly(
                new CalendarView.Day(LocalDate.of(2026, 10, 1), "HOLIDAY", "国庆节"),
                new CalendarView.Day(LocalDate.of(2026, 9, 28), "WORKDAY", "国庆节调休 上班"));
    }

    @Test
    void shouldNameTheFirstLineThatIsNotADay() {
        assertThat(CalendarLines.parse("2026-10-01 HOLIDAY 国庆节\n2026-02-30 HOLIDAY x").badLine()).isEqualTo(2);
        assertThat(CalendarLines.parse("2026-10-01 holiday").badLine()).isEqualTo(1);
        assertThat(CalendarLines.parse("2026-10-01").badLine()).isEqualTo(1);
        assertThat(CalendarLines.parse("2026-10-01 HOLIDAY").badLine()).as("a day without its name").isEqualTo(1);
        assertThat(CalendarLines.parse("2026-10-01 HOLIDAY 国庆节\n\n10/02/2026 HOLIDAY").badLine()).isEqualTo(3);
        assertThat(CalendarLines.parse("2026-10-01 HOLIDAY 国庆节\nx").days()).isEmpty();
    }

    @Test
    void shouldWriteTheDaysAsTheyAreRead() {
        List<CalendarView.Day> days = List.of(new CalendarView.Day(LocalDate.of(2027, 1, 1), "HOLIDAY", "元旦"),
                new CalendarView.Day(LocalDate.of(2027, 2, 7), "WORKDAY", "春节调休"));

        String text = CalendarLines.write(days);

        assertThat(text).isEqualTo("2027-01-01 HOLIDAY 元旦\n2027-02-07 WORKDAY 春节调休\n");
        assertThat(CalendarLines.parse(text).days()).isEqualTo(days);
        assertThat(CalendarLines.parse(null).days()).isEmpty();
    }
}
