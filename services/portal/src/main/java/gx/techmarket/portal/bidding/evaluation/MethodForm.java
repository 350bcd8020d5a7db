package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.CriterionRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.MethodRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Criterion;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Method;
import gx.techmarket.portal.web.FormErrors;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 评审办法 as typed: the price weight and criteria rows (Chinese name, English name, weight in percent). Rows left
 * empty are ignored; the errors name the fields as the bidding service does ({@code priceWeight},
 * {@code criteria[i].nameZh}, {@code criteria[i].weight}, {@code criteria} for the sum), counting only the rows kept.
 */
@TemplateData
public record MethodForm(String priceWeight, List<String> nameZh, List<String> nameEn, List<String> weight) {

    static final int MAX_CRITERIA = 10;
    static final int NAME_MAX = 100;
    /** Above 0 and below 100, at most two decimals. */
    static final Pattern WEIGHT = Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,2})?");
    static final BigDecimal HUNDRED = new BigDecimal("100");

    /** One row of the table, numbered from 0 as shown. */
    @TemplateData
    public record Row(int index, String nameZh, String nameEn, String weight) {}

    public MethodForm {
        nameZh = nameZh == null ? List.of() : nameZh;
        nameEn = nameEn == null ? List.of() : nameEn;
        weight = weight == null ? List.of() : weight;
    }

    /** The method as set, with empty rows to add criteria. */
    static MethodForm of(Method method) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> w = new ArrayList<>();
        for (Criterion c : method.criteria()) {
            zh.add(c.nameZh());
            en.add(c.nameEn());
            w.add(c.weight().stripTrailingZeros().toPlainString());
        }
        return new MethodForm(method.priceWeight() == null ? ""
                : method.priceWeight().stripTrailingZeros().toPlainString(), zh, en, w);
    }

    /** The rows shown: those typed, and empty ones up to three more (at most ten). */
    public List<Row> rows() {
        int typed = Math.max(nameZh.size(), Math.max(nameEn.size(), weight.size()));
        int shown = Math.min(MAX_CRITERIA, Math.max(3, typed + 2));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            rows.add(new Row(i, at(nameZh, i), at(nameEn, i), at(weight, i)));
        }
        return rows;
    }

    /** The rows with anything typed, in order. */
    List<Row> kept() {
        return rows().stream().filter(r -> !(r.nameZh().isBlank() && r.nameEn().isBlank() && r.weight().isBlank()))
                .toList();
    }

    FormErrors check(EvaluationMsg texts) {
        FormErrors errors = FormErrors.none();
        BigDecimal sum = BigDecimal.ZERO;
        if (!valid(priceWeight)) {
            errors.add("priceWeight", texts.weight_invalid());
        } else {
            sum = sum.add(new BigDecimal(priceWeight.strip()));
        }
        List<Row> kept = kept();
        if (kept.isEmpty()) {
            errors.add("criteria", texts.criteria_note());
        }
        for (int i = 0; i < kept.size(); i++) {
            Row r = kept.get(i);
            if (r.nameZh().isBlank() || r.nameZh().strip().length() > NAME_MAX) {
                errors.add("criteria[" + i + "].nameZh", texts.name_required());
            }
            if (r.nameEn().isBlank() || r.nameEn().strip().length() > NAME_MAX) {
                errors.add("criteria[" + i + "].nameEn", texts.name_required());
            }
            if (!valid(r.weight())) {
                errors.add("criteria[" + i + "].weight", texts.weight_invalid());
            } else {
                sum = sum.add(new BigDecimal(r.weight().strip()));
            }
        }
        if (!errors.any() && sum.compareTo(HUNDRED) != 0) {
            errors.add("criteria", texts.weights_not_100(sum.stripTrailingZeros().toPlainString()));
        }
        return errors;
    }

    MethodRequest toRequest() {
        return new MethodRequest(new BigDecimal(priceWeight.strip()), kept().stream()
                .map(r -> new CriterionRequest(r.nameZh().strip(), r.nameEn().strip(), new BigDecimal(r.weight().strip())))
                .toList());
    }

    /**
     * The field name of row {@code index}'s {@code field} as the errors name it: the row's position among the rows
     * kept (an empty row above it does not count), or the shown index if it is not kept.
     */
    public String field(int index, String field) {
        List<Row> kept = kept();
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).index() == index) {
                return "criteria[" + i + "]." + field;
            }
        }
        return "criteria[" + index + "]." + field;
    }

    private static boolean valid(String weight) {
        if (weight == null || !WEIGHT.matcher(weight.strip()).matches()) {
            return false;
        }
        return new BigDecimal(weight.strip()).signum() > 0;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}
