package gx.techmarket.portal.bidding.agreement;

import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.KeptForm;
import gx.techmarket.portal.web.Msg;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The terms of a 揭榜协议 as typed: the contract type (成果转化类 only), the total R&D investment and the two shares in
 * 元, and the milestones as rows of title, deliverables, due date and support amount (rows left empty are ignored).
 * The service's field names ({@code milestones[i].dueDate}) refer to the milestones sent; {@link #onRows} puts them
 * on the rows typed.
 */
@TemplateData
public class AgreementForm extends KeptForm {

    /** The rows the form shows at least, and the most the service takes. */
    static final int MIN_ROWS = 3;
    static final int MAX_ROWS = 12;

    @RestForm
    public String contractType;

    @RestForm
    public String totalInvestment;

    @RestForm
    public String enterpriseShare;

    @RestForm
    public String bidderShare;

    @RestForm("msTitle")
    public List<String> msTitle = new ArrayList<>();

    @RestForm("msDeliverables")
    public List<String> msDeliverables = new ArrayList<>();

    @RestForm("msDueDate")
    public List<String> msDueDate = new ArrayList<>();

    @RestForm("msSupport")
    public List<String> msSupport = new ArrayList<>();

    /** One milestone row as typed, with the service's names of its fields. */
    @TemplateData
    public record Row(int index, String title, String deliverables, String dueDate, String supportAmount) {

        boolean empty() {
            return title.isBlank() && deliverables.isBlank() && dueDate.isBlank() && supportAmount.isBlank();
        }

        /** The field of this row as the service names it: {@code milestones[0].dueDate}. */
        public String field(String part) {
            return "milestones[" + index + "]." + part;
        }

        /** The input's id for {@code part} (the error summary links to it). */
        public String id(String part) {
            return FormErrors.anchor(field(part));
        }
    }

    /** The form with the agreement's current terms (or empty, before any). */
    static AgreementForm of(AgreementView agreement) {
        AgreementForm form = new AgreementForm();
        if (agreement.totalInvestment() != null) {
            form.contractType = agreement.contractType();
            form.totalInvestment = Amounts.input(agreement.totalInvestment());
            form.enterpriseShare = Amounts.input(agreement.enterpriseShare());
            form.bidderShare = Amounts.input(agreement.bidderShare());
            for (AgreementView.Milestone m : agreement.milestones()) {
                form.msTitle.add(m.title());
                form.msDeliverables.add(m.deliverables());
                form.msDueDate.add(m.dueDate() == null ? "" : m.dueDate().toString());
                form.msSupport.add(Amounts.input(m.supportAmount()));
            }
        }
        return form;
    }

    /** The rows as typed, with empty ones up to {@link #MIN_ROWS} and one more to add a milestone (at most 12). */
    public List<Row> rows() {
        int typed = Math.max(Math.max(size(msTitle), size(msDeliverables)), Math.max(size(msDueDate), size(msSupport)));
        int shown = Math.min(Math.max(typed + 1, MIN_ROWS), Math.max(typed, MAX_ROWS));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            rows.add(new Row(i, at(msTitle, i), at(msDeliverables, i), at(msDueDate, i), at(msSupport, i)));
        }
        return rows;
    }

    /** The rows that will be sent, in order. */
    List<Row> typedRows() {
        return rows().stream().filter(r -> !r.empty()).toList();
    }

    /** The portal's own checks: amounts well formed, each typed row complete with a date, 1 to 12 milestones. */
    FormErrors check(Msg msg) {
        FormErrors errors = FormErrors.none();
        amount(errors, msg, "totalInvestment", totalInvestment);
        amount(errors, msg, "enterpriseShare", enterpriseShare);
        amount(errors, msg, "bidderShare", bidderShare);
        List<Row> typed = typedRows();
        if (typed.isEmpty()) {
            errors.add("milestones", msg.required());
        }
        for (Row r : typed) {
            if (r.title().isBlank()) {
                errors.add(r.field("title"), msg.required());
            }
            if (r.deliverables().isBlank()) {
                errors.add(r.field("deliverables"), msg.required());
            }
            if (r.dueDate().isBlank()) {
                errors.add(r.field("dueDate"), msg.required());
            } else if (date(r.dueDate()) == null) {
                errors.add(r.field("dueDate"), msg.invalid_date());
            }
            amount(errors, msg, r.field("supportAmount"), r.supportAmount());
        }
        return errors;
    }

    /** The terms to send (after {@link #check} found nothing). */
    AgreementClient.Terms toTerms(boolean withType) {
        List<AgreementClient.MilestoneTerms> milestones = typedRows().stream()
                .map(r -> new AgreementClient.MilestoneTerms(r.title().strip(), r.deliverables().strip(),
                        date(r.dueDate()), Amounts.parse(r.supportAmount())))
                .toList();
        return new AgreementClient.Terms(withType && contractType != null && !contractType.isBlank()
                ? contractType.strip() : null, Amounts.parse(totalInvestment), Amounts.parse(enterpriseShare),
                Amounts.parse(bidderShare), milestones);
    }

    /** The service's errors on milestone {@code i} as sent, moved to the row it was typed in. */
    FormErrors onRows(FormErrors errors) {
        List<Row> typed = typedRows();
        FormErrors moved = errors;
        for (int sent = typed.size() - 1; sent >= 0; sent--) {
            int row = typed.get(sent).index();
            if (row != sent) {
                for (String part : List.of("title", "deliverables", "dueDate", "supportAmount")) {
                    moved = moved.moved("milestones[" + sent + "]." + part, "milestones[" + row + "]." + part);
                }
            }
        }
        return moved;
    }

    private static void amount(FormErrors errors, Msg msg, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            errors.add(field, msg.required());
        } else if (!typed.matches(Amounts.PATTERN)) {
            errors.add(field, msg.invalid_amount());
        }
    }

    static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }
}
