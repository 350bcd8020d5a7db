package gx.techmarket.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.load.LatencySummary;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of the report (a workload, the baselines, a drill): Markdown blocks in order (tables and text) and a
 * JSON object with the same figures for tools.
 */
public final class Section {

    private final String id;
    private final String title;
    private final List<Object> blocks = new ArrayList<>();
    private final ObjectNode json;

    Section(String id, String title, ObjectMapper mapper) {
        this.id = id;
        this.title = title;
        this.json = mapper.createObjectNode();
        json.put("title", title);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The section's JSON object: put whatever a tool should read. */
    public ObjectNode json() {
        return json;
    }

    /** A Markdown paragraph (or any Markdown block). */
    public Section text(String markdown) {
        blocks.add(markdown);
        return this;
    }

    public Table table(String... header) {
        Table table = new Table(List.of(header));
        blocks.add(table);
        return table;
    }

    /** Adds a phase's figures to the JSON array {@code phases}. */
    public ObjectNode phase(LatencySummary s) {
        ArrayNode phases = json.withArray("phases");
        ObjectNode node = phases.addObject();
        node.put("label", s.label());
        putNumber(node, "offeredPerSecond", s.offeredPerSecond());
        putNumber(node, "throughputPerSecond", s.throughputPerSecond());
        node.put("count", s.count());
        node.put("errors", s.errors());
        putNumber(node, "p50Ms", s.p50());
        putNumber(node, "p90Ms", s.p90());
        putNumber(node, "p95Ms", s.p95());
        putNumber(node, "p99Ms", s.p99());
        putNumber(node, "p999Ms", s.p999());
        putNumber(node, "maxMs", s.max());
        putNumber(node, "meanMs", s.mean());
        node.put("lateStarts", s.lateStarts());
        if (s.firstError() != null) {
            node.put("firstError", s.firstError());
        }
        return node;
    }

    /** A number, or JSON null for NaN (JSON has no NaN). */
    public static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder("## ").append(title).append("\n\n");
        for (Object block : blocks) {
            md.append(block instanceof Table t ? t.markdown() : block.toString().strip()).append("\n\n");
        }
        return md.toString();
    }

    /** A Markdown table; cells are printed with {@code String.valueOf}, '|' escaped. */
    public static final class Table {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        Table(List<String> header) {
            this.header = header;
        }

        public Table row(Object... cells) {
            if (cells.length != header.size()) {
                throw new IllegalArgumentException("a row of " + cells.length + " cells under " + header.size()
                        + " headings: " + header);
            }
            List<String> row = new ArrayList<>();
            for (Object cell : cells) {
                row.add(String.valueOf(cell).replace("|", "\\|").replace("\n", " "));
            }
            rows.add(row);
            return this;
        }

        String markdown() {
            StringBuilder md = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
            md.append("---|".repeat(header.size())).append('\n');
            for (List<String> row : rows) {
                md.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            return md.toString().strip();
        }
    }
}
