package gx.techmarket.platform.spreadsheet;

import gx.techmarket.platform.problems.ProblemException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The strict reader of import files. It streams the sheet's XML (POI's event API) instead of building a workbook, so
 * a file of 100,000 rows is refused after its first {@code maxRows + 1} without the rest being read, and it bounds
 * what a compressed entry may inflate to (zip bombs). Refusals of the whole file are 400 problems whose messages each
 * service using the kernel keeps in its {@code problem-messages*.properties}:
 * <ul>
 * <li>{@code IMPORT_NOT_XLSX}: not an Office Open XML workbook (the bytes' signature, then POI's refusal: a renamed
 * .xls, .csv, .docx, a damaged zip);</li>
 * <li>{@code IMPORT_COLUMNS_MISSING}: columns of the template absent ({0}) or headers it does not know ({1});</li>
 * <li>{@code IMPORT_TOO_MANY_ROWS}: more data rows than the template allows ({0});</li>
 * <li>{@code IMPORT_NO_ROWS}: a header and nothing under it.</li>
 * </ul>
 * A formula is read as its literal text with its {@code =} ({@code =HYPERLINK("http://x","点击")} stays that text,
 * its cached result is ignored); a number as its exact decimal text; a date-formatted number as its ISO date.
 */
public final class SheetReader {

    /** The most one entry of the file (a sheet, the shared strings) may inflate to. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private static final Pattern SEPARATORS = Pattern.compile("[；;、\\r\\n]+");
    private static final Pattern REQUIRED_MARK = Pattern.compile("\\s*[*＊]\\s*$");

    static {
        // POI's zip-bomb guard is global; the default lets an entry inflate to 4 GiB
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
    }

    private SheetReader() {}

    /** Reads {@code file} against {@code template}; cell errors in {@code locale}. */
    public static ImportSheet read(Path file, Template template, Locale locale) {
        requireXlsx(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            int sheet = dataSheet(reader);
            countRows(reader, sheet, template.maxRows());
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<Map<Integer, String>> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            parse(reader, sheet, new CellHandler(strings, styles) {
                @Override
                void row(int number, Map<Integer, String> cells) throws SAXException {
                    if (cells.values().stream().allMatch(String::isBlank)) {
                        return;
                    }
                    if (rows.size() > template.maxRows()) {
                        throw new TooManyRows();
                    }
                    rows.add(cells);
                    numbers.add(number);
                }
            });
            return rows(template, rows, numbers, locale);
        } catch (TooManyRowsFailure e) {
            throw tooMany(template);
        } catch (ProblemException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // anything POI or the XML parser refuses: not a workbook we can read
            throw ProblemException.badRequest("IMPORT_NOT_XLSX");
        }
    }

    private static void requireXlsx(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (FileMagic.valueOf(in) != FileMagic.OOXML) {
                throw ProblemException.badRequest("IMPORT_NOT_XLSX");
            }
        } catch (IOException | RuntimeException e) { // EmptyFileException for no bytes at all
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.badRequest("IMPORT_NOT_XLSX");
        }
    }

    /** The index of the sheet named {@link Template#DATA_SHEET}, else 0 (the first). */
    private static int dataSheet(XSSFReader reader) throws Exception {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        for (int i = 0; it.hasNext(); i++) {
            try (InputStream ignored = it.next()) {
                if (Template.DATA_SHEET.equals(it.getSheetName())) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** The first pass: counts rows holding any value, without strings or styles, and stops past the limit. */
    private static void countRows(XSSFReader reader, int sheet, int maxRows) throws Exception {
        int[] count = {0};
        parse(reader, sheet, new DefaultHandler() {
                private boolean valued;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes)
                        throws SAXException {
                    switch (localName) {
                        case "row" -> valued = false;
                        case "v", "is", "f" -> valued = true;
                        default -> { }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) throws SAXException {
                    if ("row".equals(localName) && valued && ++count[0] > maxRows + 1) {
                        throw new TooManyRows();
                    }
                }
            });
    }

    private static void parse(XSSFReader reader, int sheet, DefaultHandler handler) throws Exception {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        for (int i = 0; it.hasNext(); i++) {
            try (InputStream in = it.next()) {
                if (i == sheet) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    try {
                        xml.parse(new InputSource(in));
                    } catch (TooManyRows e) {
                        throw new TooManyRowsFailure();
                    }
                    return;
                }
            }
        }
        throw ProblemException.badRequest("IMPORT_NOT_XLSX");
    }

    private static ImportSheet rows(Template template, List<Map<Integer, String>> rows, List<Integer> numbers,
            Locale locale) {
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("IMPORT_COLUMNS_MISSING",
                    String.join("、", template.columns().stream().map(Column::header).toList()), "—");
        }
        Map<Integer, Column> byIndex = header(template, rows.get(0));
        if (rows.size() == 1) {
            throw ProblemException.badRequest("IMPORT_NO_ROWS");
        }
        if (rows.size() - 1 > template.maxRows()) {
            throw tooMany(template);
        }
        List<SheetRow> read = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            int number = numbers.get(r);
            Map<String, String> values = new HashMap<>();
            Map<String, List<String>> lists = new HashMap<>();
            for (var entry : byIndex.entrySet()) {
                Column column = entry.getValue();
                String letter = ImportSheet.letter(template.columns().indexOf(column));
                String raw = rows.get(r).getOrDefault(entry.getKey(), "").strip();
                if (raw.isEmpty()) {
                    if (column.required()) {
                        errors.add(new RowError(number, letter, column.header(), "REQUIRED",
                                CellMessages.text("REQUIRED", locale)));
                    }
                    continue;
                }
                if (column.multiple()) {
                    List<String> items = new ArrayList<>();
                    for (String item : SEPARATORS.split(raw)) {
                        String value = item.strip();
                        if (value.isEmpty()) {
                            continue;
                        }
                        String code = column.coded() ? code(column, value) : value;
                        if (code == null) {
                            errors.add(notInList(number, letter, column, value, locale));
                        } else {
                            items.add(code);
                        }
                    }
                    lists.put(column.key(), List.copyOf(items));
                } else {
                    String code = column.coded() ? code(column, raw) : raw;
                    if (code == null) {
                        errors.add(notInList(number, letter, column, raw, locale));
                    } else {
                        values.put(column.key(), code);
                    }
                }
            }
            read.add(new SheetRow(number, values, lists));
        }
        return new ImportSheet(template, read, errors, locale);
    }

    /** The template's column of each header cell; every column present once, no header unknown. */
    private static Map<Integer, Column> header(Template template, Map<Integer, String> header) {
        Map<Integer, Column> byIndex = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        Map<String, Column> seen = new LinkedHashMap<>();
        for (var cell : header.entrySet()) {
            String name = REQUIRED_MARK.matcher(cell.getValue().strip()).replaceFirst("");
            if (name.isEmpty()) {
                continue;
            }
            Column column = template.columns().stream()
                    .filter(c -> c.header().equals(name) || c.headerEn().equalsIgnoreCase(name))
                    .findFirst().orElse(null);
            if (column == null || seen.containsKey(column.key())) {
                unknown.add(name);
            } else {
                seen.put(column.key(), column);
                byIndex.put(cell.getKey(), column);
            }
        }
        List<String> missing = template.columns().stream().filter(c -> !seen.containsKey(c.key()))
                .map(Column::header).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw ProblemException.badRequest("IMPORT_COLUMNS_MISSING",
                    missing.isEmpty() ? "—" : String.join("、", missing),
                    unknown.isEmpty() ? "—" : String.join("、", unknown));
        }
        return byIndex;
    }

    private static String code(Column column, String value) {
        for (Choice c : column.choices()) {
            if (c.label().equals(value) || c.code().equalsIgnoreCase(value)) {
                return c.code();
            }
        }
        return null;
    }

    private static RowError notInList(int row, String letter, Column column, String value, Locale locale) {
        String allowed = String.join("、", column.choices().stream().map(Choice::label).toList());
        return new RowError(row, letter, column.header(), "NOT_IN_LIST",
                CellMessages.text("NOT_IN_LIST", locale, value, allowed));
    }

    private static ProblemException tooMany(Template template) {
        return ProblemException.badRequest("IMPORT_TOO_MANY_ROWS", template.maxRows());
    }

    /** Stops the parse: the sheet has more rows than allowed. */
    private static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

    private static final class TooManyRowsFailure extends RuntimeException {
        TooManyRowsFailure() {
            super("too many rows", null, false, false);
        }
    }

    /**
     * The cells of each row of a sheet's XML, as text: shared and inline strings, numbers as exact decimals, dates as
     * ISO dates, booleans as TRUE/FALSE, formulas as their literal text with {@code =}.
     */
    private abstract static class CellHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Map<String, String> sharedFormulas = new HashMap<>();
        private Map<Integer, String> cells = new TreeMap<>();
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private String formula;
        private String sharedIndex;
        private StringBuilder text;
        private String value;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;

        CellHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        abstract void row(int number, Map<Integer, String> cells) throws SAXException;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = null;
                    sharedIndex = null;
                    value = null;
                    text = new StringBuilder();
                }
                case "v" -> {
                    inValue = true;
                    text = new StringBuilder();
                }
                case "f" -> {
                    inFormula = true;
                    sharedIndex = "shared".equals(a.getValue("t")) ? a.getValue("si") : null;
                    text = new StringBuilder();
                }
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        inInlineText = true;
                    }
                }
                case "is" -> text = new StringBuilder();
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inFormula || inInlineText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    value = text.toString();
                }
                case "f" -> {
                    inFormula = false;
                    formula = text.toString();
                    if (sharedIndex != null) {
                        // a shared formula's first cell holds its text; the others refer to it by index
                        if (formula.isEmpty()) {
                            formula = sharedFormulas.getOrDefault(sharedIndex, "");
                        } else {
                            sharedFormulas.put(sharedIndex, formula);
                        }
                    }
                }
                case "t" -> inInlineText = false;
                case "is" -> value = text.toString();
                case "c" -> cells.put(column, cellText());
                case "row" -> row(rowNumber, cells);
                default -> { }
            }
        }

        private String cellText() {
            if (formula != null) {
                return "=" + formula;
            }
            if (value == null) {
                return "";
            }
            if (type == null || "n".equals(type)) {
                return number(value);
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
                case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
                default -> value; // inlineStr, str, e
            };
        }

        private String number(String raw) {
            try {
                BigDecimal n = new BigDecimal(raw.strip());
                if (style >= 0 && style < styles.getNumCellStyles()) {
                    XSSFCellStyle s = styles.getStyleAt(style);
                    if (DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())) {
                        LocalDateTime at = DateUtil.getLocalDateTime(n.doubleValue());
                        return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.toString();
                    }
                }
                return n.stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        private static int columnOf(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return c - 1;
        }
    }
}
