package gx.techmarket.portal.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The result form's lists typed one item per line, as the import sheet has them: rights as {@code 编号 类型 状态 名称},
 * 完成人 as {@code 姓名（单位）}, contacts as {@code 姓名 电话 邮箱 公开范围}; and back from a result to the lines.
 */
final class ResultLines {

    static final Map<String, String> KINDS = Map.of("发明", "INVENTION", "实用新型", "UTILITY_MODEL", "外观设计", "DESIGN",
            "软件著作权", "SOFTWARE_COPYRIGHT", "植物新品种", "PLANT_VARIETY");
    static final Map<String, String> STATUSES = Map.of("申请中", "PENDING", "已授权", "GRANTED", "已登记", "GRANTED",
            "已失效", "LAPSED", "已转让", "TRANSFERRED");
    static final Map<String, String> VISIBILITIES = Map.of("公开", "PUBLIC", "登录用户可见", "SIGNED_IN",
            "仅在意向洽谈中提供", "ON_REQUEST");

    private static final Pattern PATENT = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(.+))?");
    private static final Pattern INVENTOR = Pattern.compile("(.+?)\\s*[（(]\\s*(.*?)\\s*[）)]\\s*");
    private static final Pattern TOKENS = Pattern.compile("[\\s,，;；]+");
    /** Between 关键词: commas, 、, semicolons, line breaks and the ideographic space (a Latin space stays: PLC 控制). */
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,，、;；\\r\\n\u3000]+");

    private ResultLines() {}

    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The rights typed, or {@code null} for a line that does not read as one. */
    static List<ResultRequest.Patent> patents(String text) {
        List<ResultRequest.Patent> patents = new ArrayList<>();
        for (String line : lines(text)) {
            Matcher m = PATENT.matcher(line);
            String kind = m.matches() ? code(KINDS, m.group(2)) : null;
            String status = m.matches() ? code(STATUSES, m.group(3)) : null;
            patents.add(kind == null || status == null ? null
                    : new ResultRequest.Patent(m.group(1), kind, status, m.group(4)));
        }
        return patents;
    }

    /** The 关键词 typed, in their order, blanks left out (duplicates are the API's to refuse, on the field). */
    static List<String> keywords(String text) {
        return text == null ? List.of()
                : Arrays.stream(KEYWORD_SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<ResultRequest.Inventor> inventors(String text) {
        return lines(text).stream().map(line -> {
            Matcher m = INVENTOR.matcher(line);
            return m.matches() ? new ResultRequest.Inventor(m.group(1), m.group(2).isEmpty() ? null : m.group(2))
                    : new ResultRequest.Inventor(line, null);
        }).toList();
    }

    /** The contacts typed; one without a 公开范围 is {@code null} (the holder must choose who sees it). */
    static List<ResultRequest.Contact> contacts(String text) {
        List<ResultRequest.Contact> contacts = new ArrayList<>();
        for (String line : lines(text)) {
            String[] tokens = TOKENS.split(line);
            String name = tokens[0];
            String phone = null;
            String email = null;
            String visibility = null;
            for (int i = 1; i < tokens.length; i++) {
                String t = tokens[i];
                String v = code(VISIBILITIES, t);
                if (v != null) {
                    visibility = v;
                } else if (t.contains("@")) {
                    email = t;
                } else {
                    phone = t;
                }
            }
            contacts.add(visibility == null ? null : new ResultRequest.Contact(name, phone, email, visibility));
        }
        return contacts;
    }

    /** The first line (from 1) that does not read, if any. */
    static OptionalInt unreadable(List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    static String patentLines(List<ResultView.Patent> patents) {
        return String.join("\n", patents.stream().map(p -> p.number() + " " + label(KINDS, p.kind()) + " "
                + label(STATUSES, p.status()) + (p.title() == null ? "" : " " + p.title())).toList());
    }

    static String inventorLines(List<ResultView.Inventor> inventors) {
        return String.join("\n", inventors.stream()
                .map(i -> i.name() + (i.affiliation() == null ? "" : "（" + i.affiliation() + "）")).toList());
    }

    static String contactLines(List<ResultView.Contact> contacts) {
        return String.join("\n", contacts.stream().map(c -> c.name() + (c.phone() == null ? "" : " " + c.phone())
                + (c.email() == null ? "" : " " + c.email()) + " " + label(VISIBILITIES, c.visibility())).toList());
    }

    private static String code(Map<String, String> labels, String token) {
        String byLabel = labels.get(token);
        return byLabel != null ? byLabel : labels.containsValue(token) ? token : null;
    }

    private static String label(Map<String, String> labels, String code) {
        // 已登记 and 已授权 share GRANTED: write the one for patents
        if ("GRANTED".equals(code)) {
            return "已授权";
        }
        return labels.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                .orElse(code);
    }
}
