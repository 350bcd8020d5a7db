package gx.techmarket.statistics.open;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: every cell quoted when it holds a comma, quote or line break; amounts as exact decimals. */
final class Csv {

    private Csv() {}

    static List<String> cells(Object... values) {
        List<String> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return cells;
    }

    static void row(Writer w, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(quoted(cells.get(i)));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quoted(String cell) {
        // a leading =, +, - or @ is not a formula in a spreadsheet: a quote before it keeps it text (CSV injection)
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")
                ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
