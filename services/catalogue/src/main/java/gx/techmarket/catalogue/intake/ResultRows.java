package gx.techmarket.catalogue.intake;

import gx.techmarket.catalogue.result.Contact;
import gx.techmarket.catalogue.result.ContactVisibility;
import gx.techmarket.catalogue.result.Inventor;
import gx.techmarket.catalogue.result.PatentRequest;
import gx.techmarket.catalogue.result.ResultRequest;
import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.PatentKind;
import gx.techmarket.contracts.events.PatentStatus;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.spreadsheet.FormRows;
import gx.techmarket.platform.spreadsheet.ImportSheet;
import gx.techmarket.platform.spreadsheet.SheetRow;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a results sheet as {@link ResultRequest}s, checked with the form's own rules: its Bean Validation
 * constraints and its rules between fields; every refusal lands on the row and the column it came from.
 */
final class ResultRows extends FormRows<ResultRequest> {

    private static final Pattern PATENT_LINE = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(.+))?");
    private static final Pattern INVENTOR = Pattern.compile("(.+?)\\s*[（(]\\s*(.*?)\\s*[）)]\\s*");
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");

    /** Rows checked by {@code validator}'s constraints and then by the form's {@code rules} between fields. */
    ResultRows(Validator validator, Consumer<ResultRequest> rules) {
        super(validator, rules);
    }

    @Override
    protected Supplier<ResultRequest> read(ImportSheet sheet, SheetRow row) {
        Integer trl = null;
        String trlText = row.text("trl");
        if (trlText != null) {
            if (INTEGER.matcher(trlText).matches()) {
                trl = Integer.valueOf(trlText);
            } else {
                reject(sheet, row, "trl", "NOT_AN_INTEGER");
            }
        }
        BigDecimal price = amount(sheet, row, "askingPrice");
        List<PatentRequest> patents = new ArrayList<>();
        for (String line : row.list("patents")) {
            Matcher m = PATENT_LINE.matcher(line);
            PatentKind kind = m.matches() ? ResultSheet.KINDS.get(m.group(2)) : null;
            PatentStatus status = m.matches() ? ResultSheet.STATUSES.get(m.group(3)) : null;
            if (kind == null || status == null) {
                reject(sheet, row, "patents", "PATENT_LINE_FORMAT", line);
            } else {
                patents.add(new PatentRequest(m.group(1), kind, status, m.group(4)));
            }
        }
        List<Inventor> inventors = row.list("inventors").stream().map(ResultRows::inventor).toList();
        List<Contact> contacts = contact(sheet, row);
        Integer readTrl = trl;
        return () -> new ResultRequest(row.text("title"), row.text("summary"), row.text("industry"),
                Maturity.valueOf(row.text("maturity")), readTrl,
                row.list("transferModes").stream().map(TransferMode::valueOf).toList(), price,
                "true".equals(row.text("priceNegotiable")), patents, contacts, inventors, row.text("regionCode"),
                row.list("keywords"));
    }

    private static List<Contact> contact(ImportSheet sheet, SheetRow row) {
        String name = row.text("contactName");
        String phone = row.text("contactPhone");
        String email = row.text("contactEmail");
        String visibility = row.text("contactVisibility");
        if (name == null && phone == null && email == null && visibility == null) {
            return List.of();
        }
        if (name == null) {
            reject(sheet, row, "contactName", "REQUIRED");
            return List.of();
        }
        if (visibility == null) {
            if (!sheet.hasError(row, "contactVisibility")) {
                reject(sheet, row, "contactVisibility", "REQUIRED");
            }
            return List.of();
        }
        return List.of(new Contact(name, phone, email, ContactVisibility.valueOf(visibility)));
    }

    private static Inventor inventor(String item) {
        Matcher m = INVENTOR.matcher(item);
        return m.matches() ? new Inventor(m.group(1), m.group(2).isEmpty() ? null : m.group(2))
                : new Inventor(item, null);
    }

    /** The column a field of the request came from: {@code patents[2].number} → patents, contacts → contact*. */
    @Override
    protected String column(String field) {
        String root = field.replaceFirst("[\\[.].*$", "");
        return switch (root) {
            case "contacts" -> {
                if (field.endsWith(".phone")) {
                    yield "contactPhone";
                } else if (field.endsWith(".email")) {
                    yield "contactEmail";
                } else if (field.endsWith(".visibility")) {
                    yield "contactVisibility";
                } else if (field.endsWith(".name")) {
                    yield "contactName";
                }
                yield "contactPhone"; // CONTACT_WITHOUT_MEANS: neither phone nor e-mail
            }
            case "title", "summary", "industry", "maturity", "trl", "transferModes", "askingPrice",
                    "priceNegotiable", "patents", "inventors", "regionCode", "keywords" -> root;
            default -> null;
        };
    }
}
