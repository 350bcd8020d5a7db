package gx.techmarket.portal.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A year's holidays and make-up working days as the admin types them, one per line: {@code 2026-10-01 HOLIDAY 国庆节}
 * (date, HOLIDAY or WORKDAY, name; the name is required). A textarea keeps the page free of scripts and lets a whole notice be pasted.
 */
final class CalendarLines {

    private CalendarLines() {}

    /** The days read, or the first line (from 1) that is not a day; blank lines are skipped. */
    record Parsed(List<CalendarView.Day> days, int badLine) {}

    static Parsed parse(String text) {
        List<CalendarView.Day> days = new ArrayList<>();
        if (text == null) {
            return new Parsed(days, 0);
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            // the registry keeps each day's name (国庆节, 春节调休 …): a line without one is not a day
            if (parts.length < 3 || !(parts[1].equals("HOLIDAY") || parts[1].equals("WORKDAY"))) {
                return new Parsed(List.of(), i + 1);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException notADate) {
                return new Parsed(List.of(), i + 1);
            }
            days.add(new CalendarView.Day(date, parts[1], parts[2].strip()));
        }
        return new Parsed(days, 0);
    }

    static String write(List<CalendarView.Day> days) {
        StringBuilder text = new StringBuilder();
        for (CalendarView.Day day : days) {
            text.append(day.date()).append(' ').append(day.kind());
            if (day.name() != null && !day.name().isBlank()) {
                text.append(' ').append(day.name());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
