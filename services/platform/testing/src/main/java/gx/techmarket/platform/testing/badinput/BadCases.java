package gx.techmarket.platform.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bad requests the kit sends, derived from one valid body: every leaf of it replaced in turn by what a careless
 * client or an attacker sends (NUL, unpaired surrogates, control characters, overlong text, the wrong JSON type,
 * integers for enums, numbers for dates, fractions for integers, three decimals, 1e309, NaN, full-width digits),
 * unknown and repeated properties in every object, and whole-body damage (trailing content, truncation, deep
 * nesting, invalid UTF-8, raw control characters, the wrong content type, 2 MB with and without Content-Length).
 */
public final class BadCases {

    /** Over every text limit of the market's requests (the longest is 5,000 characters), under the body limit. */
    static final int OVERLONG = 20_001;
    static final int TWO_MEGABYTES = 2 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLE = "__bad_input_hole__";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?");

    private BadCases() {}

    /** Every bad request for an endpoint that takes {@code validBody}. */
    public static List<BadCase> forBody(String validBody) {
        JsonNode root;
        try {
            root = JSON.readTree(validBody);
        } catch (Exception e) {
            throw new IllegalArgumentException("the valid body is not JSON: " + validBody, e);
        }
        List<BadCase> cases = new ArrayList<>();
        leaves(root, "", root, cases);
        objects(root, "", root, cases);
        whole(validBody, root, cases);
        return cases;
    }

    /** Every bad request for an action that takes no body. */
    public static List<BadCase> forBodyless() {
        List<BadCase> cases = new ArrayList<>();
        cases.add(BadCase.json("an empty JSON object", "{}"));
        cases.add(BadCase.raw("an empty JSON object, chunked", "{}".getBytes(StandardCharsets.UTF_8), BadCase.JSON,
                true));
        cases.add(BadCase.raw("a reason as text", "because".getBytes(StandardCharsets.UTF_8), "text/plain", false));
        cases.add(BadCase.raw("2 MB with Content-Length", spaces(TWO_MEGABYTES), BadCase.JSON, false));
        cases.add(BadCase.raw("2 MB chunked", spaces(TWO_MEGABYTES), BadCase.JSON, true));
        return cases;
    }

    private static void leaves(JsonNode root, String path, JsonNode node, List<BadCase> cases) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                leaves(root, join(path, field.getKey()), field.getValue(), cases);
            }
        } else if (node.isArray()) {
            punch(root, path, cases, "\"x\"", "a string for a list");
            punch(root, path, cases, "{}", "an object for a list");
            if (!node.isEmpty()) {
                leaves(root, path + "[0]", node.get(0), cases);
            }
        } else if (node.isTextual()) {
            text(root, path, node.asText(), cases);
        } else if (node.isNumber()) {
            number(root, path, cases);
        } else if (node.isBoolean()) {
            punch(root, path, cases, "1", "1 for a flag");
            punch(root, path, cases, "\"true\"", "a string for a flag");
            punch(root, path, cases, "\"yes\"", "yes for a flag");
        }
    }

    private static void text(JsonNode root, String path, String value, List<BadCase> cases) {
        if (DECIMAL_TEXT.matcher(value).matches()) {
            // an amount written as a decimal string ("1200000.00"): attacked as a number
            number(root, path, cases);
            return;
        }
        punch(root, path, cases, "\"a\\u0000b\"", "NUL");
        punch(root, path, cases, "\"x\\ud800y\"", "an unpaired high surrogate");
        punch(root, path, cases, "\"x\\udc00\"", "an unpaired low surrogate");
        punch(root, path, cases, "\"a\\u0007b\"", "BEL");
        punch(root, path, cases, "\"\\u001b[31mred\"", "an escape sequence");
        punch(root, path, cases, "\"a\\u000bb\"", "a vertical tab");
        punch(root, path, cases, "\"a\\u007fb\"", "DEL");
        punch(root, path, cases, "\"a\\u0085b\"", "a C1 control (NEL)");
        punch(root, path, cases, "\"" + "a".repeat(OVERLONG) + "\"", OVERLONG + " characters");
        punch(root, path, cases, "123", "a number for a string");
        punch(root, path, cases, "true", "a boolean for a string");
        punch(root, path, cases, "{}", "an object for a string");
        punch(root, path, cases, "[\"x\"]", "a list for a string");
        if (DATE.matcher(value).matches() || INSTANT.matcher(value).matches()) {
            punch(root, path, cases, "20261231", "a number for a date");
            punch(root, path, cases, "1798675200000", "milliseconds for a date");
            punch(root, path, cases, "\"2026-13-45\"", "no such date");
            punch(root, path, cases, "\"2026/12/31\"", "a date not in ISO-8601");
            punch(root, path, cases, "\"２０２６-１２-３１\"", "a date in full-width digits");
            punch(root, path, cases, "\"+300000" + value.substring(4) + "\"", "a year beyond 9999");
        }
        if (UUID_TEXT.matcher(value).matches()) {
            punch(root, path, cases, "\"not-a-uuid\"", "not an id");
            punch(root, path, cases, "\"\"", "an empty id");
        }
        if (CONSTANT.matcher(value).matches()) {
            punch(root, path, cases, "3", "an integer for an enum");
            punch(root, path, cases, "\"3\"", "a digit string for an enum");
            punch(root, path, cases, "\"" + value.toLowerCase(java.util.Locale.ROOT) + "\"",
                    "an enum constant in lower case");
        }
    }

    /** 1.005 is refused by an integer (a fraction) and by an amount in 元 (three decimals) alike. */
    private static void number(JsonNode root, String path, List<BadCase> cases) {
        punch(root, path, cases, "1.005", "three decimals");
        punch(root, path, cases, "1e309", "1e309");
        punch(root, path, cases, "-1e309", "-1e309");
        punch(root, path, cases, "NaN", "NaN");
        punch(root, path, cases, "Infinity", "Infinity");
        punch(root, path, cases, "\"１２３\"", "full-width digits");
        punch(root, path, cases, "\"12abc\"", "a string for a number");
        punch(root, path, cases, "\"\"", "an empty string for a number");
        punch(root, path, cases, "true", "a boolean for a number");
        punch(root, path, cases, "{}", "an object for a number");
        punch(root, path, cases, "99999999999999999999999", "a number beyond every range");
    }

    private static void objects(JsonNode root, String path, JsonNode node, List<BadCase> cases) {
        if (node.isObject()) {
            ObjectNode copy = (ObjectNode) root.deepCopy();
            ((ObjectNode) at(copy, path)).put("unexpectedField", "x");
            cases.add(BadCase.json((path.isEmpty() ? "the body" : path) + ": an unknown property", write(copy)));
            if (node.size() > 0) {
                // the first property again, after the others: {"a":1,"b":2,"a":1}
                String first = node.fieldNames().next();
                ObjectNode holed = (ObjectNode) root.deepCopy();
                ((ObjectNode) at(holed, path)).put(HOLE, "");
                String duplicate = "\"" + first + "\":" + write(node.get(first));
                cases.add(BadCase.json((path.isEmpty() ? "the body" : path) + ": " + first + " twice",
                        write(holed).replace("\"" + HOLE + "\":\"\"", duplicate)));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                objects(root, join(path, field.getKey()), field.getValue(), cases);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            objects(root, path + "[0]", node.get(0), cases);
        }
    }

    private static void whole(String valid, JsonNode root, List<BadCase> cases) {
        cases.add(BadCase.json("a second document after the first", valid + valid));
        cases.add(BadCase.json("closing braces after the document", valid + "}}}}"));
        cases.add(BadCase.json("text after the document", valid + " x"));
        cases.add(BadCase.json("a truncated document", valid.substring(0, valid.length() - 1)));
        cases.add(BadCase.json("an empty body", ""));
        cases.add(BadCase.json("null", "null"));
        cases.add(BadCase.json("a list of the body", "[" + valid + "]"));
        cases.add(BadCase.json("a comment before the document", "/* hello */" + valid));
        cases.add(BadCase.json("single quotes", valid.replace('"', '\'')));
        cases.add(BadCase.json("nesting 50,000 deep", "[".repeat(50_000) + "]".repeat(50_000)));
        cases.add(BadCase.json("nesting 50,000 deep in an object", "{\"a\":".repeat(50_000) + "1"
                + "}".repeat(50_000)));
        String firstText = firstTextPath(root, "");
        if (firstText != null) {
            ObjectNode holed = (ObjectNode) root.deepCopy();
            replace(holed, firstText, TextNode.valueOf(HOLE));
            String[] parts = write(holed).split(HOLE, 2);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] {'a', (byte) 0xC3, 0x28, 'b'});
            bytes.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
            cases.add(BadCase.raw(firstText + ": invalid UTF-8", bytes.toByteArray(), BadCase.JSON, false));
            cases.add(BadCase.json(firstText + ": a raw control character", String.join("a\u0001b", parts)));
            cases.add(BadCase.json(firstText + ": a raw line feed", String.join("a\nb", parts)));
        }
        byte[] body = valid.getBytes(StandardCharsets.UTF_8);
        cases.add(BadCase.raw("the body as text/plain", body, "text/plain", false));
        cases.add(BadCase.raw("the body as a form", body, "application/x-www-form-urlencoded", false));
        cases.add(BadCase.raw("the body without a content type", body, null, false));
        cases.add(BadCase.raw("2 MB with Content-Length", spaces(TWO_MEGABYTES), BadCase.JSON, false));
        cases.add(BadCase.raw("2 MB chunked", spaces(TWO_MEGABYTES), BadCase.JSON, true));
    }

    private static String firstTextPath(JsonNode node, String path) {
        if (node.isTextual()) {
            return path;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                String found = firstTextPath(field.getValue(), join(path, field.getKey()));
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isArray() && !node.isEmpty()) {
            return firstTextPath(node.get(0), path + "[0]");
        }
        return null;
    }

    /** Replaces the value at {@code path} with the raw JSON text {@code token}. */
    private static void punch(JsonNode root, String path, List<BadCase> cases, String token, String what) {
        JsonNode copy = root.deepCopy();
        if (path.isEmpty()) {
            cases.add(BadCase.json("the body: " + what, token));
            return;
        }
        replace(copy, path, TextNode.valueOf(HOLE));
        cases.add(BadCase.json(path + ": " + what, write(copy).replace("\"" + HOLE + "\"", token)));
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = at(root, cut < 0 ? "" : path.substring(0, cut));
        if (path.endsWith("]")) {
            int index = Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1));
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set(path.substring(cut + 1), value);
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        if (path.isEmpty()) {
            return node;
        }
        for (String part : path.split("\\.")) {
            String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            if (!name.isEmpty()) {
                node = node.get(name);
            }
            var m = Pattern.compile("\\[(\\d+)]").matcher(part);
            while (m.find()) {
                node = node.get(Integer.parseInt(m.group(1)));
            }
        }
        return node;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] spaces(int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        return body;
    }
}
