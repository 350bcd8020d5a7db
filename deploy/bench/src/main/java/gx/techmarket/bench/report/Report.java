package gx.techmarket.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.load.LatencySummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The harness's one report writer: a header, sections in the order the parts ran, and the latency-against-rate
 * chart. Written as {@code bench-<run>.md}, {@code .json} and {@code .png}, and copied to {@code bench-latest.*}.
 * (Runs before the merge of the two benchmarks wrote {@code market-bench-*} and {@code outbox-bench-*}.)
 */
public final class Report {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final String runId;
    private final String heading;
    private final List<String> preface = new ArrayList<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Chart chart = new Chart();
    private final ObjectNode meta = mapper.createObjectNode();

    public Report(String runId, String heading) {
        this.runId = runId;
        this.heading = heading;
        meta.put("run", runId);
    }

    public String runId() {
        return runId;
    }

    /** Run-wide facts for the JSON's {@code run} object (machine, versions, options). */
    public ObjectNode meta() {
        return meta;
    }

    /** Markdown shown under the heading, before the sections. */
    public void preface(String markdown) {
        preface.add(markdown);
    }

    /** The section with this id, created (at the end of the order) on first use. */
    public synchronized Section section(String id, String title) {
        return sections.computeIfAbsent(id, key -> new Section(key, title, mapper));
    }

    /** The section with this id if a part has written it. */
    public synchronized java.util.Optional<Section> existing(String id) {
        return java.util.Optional.ofNullable(sections.get(id));
    }

    /** A point of the chart: the phase's p50 and p99 at its offered rate, in the series {@code series}. */
    public void chartPoint(String series, LatencySummary s) {
        chart.add(series, s);
    }

    public String markdown(String chartFile) {
        StringBuilder md = new StringBuilder("# ").append(heading).append("\n\n");
        preface.forEach(p -> md.append(p.strip()).append("\n\n"));
        if (chartFile != null && chart.hasPoints()) {
            md.append("![latency against offered rate](").append(chartFile).append(")\n\n");
        }
        sections.values().forEach(s -> md.append(s.markdown()));
        return md.toString();
    }

    public ObjectNode json() {
        ObjectNode root = mapper.createObjectNode();
        root.set("run", meta);
        ObjectNode all = root.putObject("sections");
        sections.forEach((id, s) -> all.set(id, s.json()));
        root.set("chart", chart.json(mapper));
        return root;
    }

    /** Writes the three files into {@code dir} and the {@code bench-latest.*} copies; returns the Markdown file. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        String base = "bench-" + runId;
        Path png = dir.resolve(base + ".png");
        boolean charted = chart.hasPoints() && chart.writePng(png);
        Path md = dir.resolve(base + ".md");
        Files.writeString(md, markdown(charted ? png.getFileName().toString() : null), StandardCharsets.UTF_8);
        Path json = dir.resolve(base + ".json");
        mapper.writeValue(json.toFile(), json());
        Files.writeString(dir.resolve("bench-latest.md"), markdown(charted ? "bench-latest.png" : null),
                StandardCharsets.UTF_8);
        Files.copy(json, dir.resolve("bench-latest.json"), StandardCopyOption.REPLACE_EXISTING);
        if (charted) {
            Files.copy(png, dir.resolve("bench-latest.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        return md;
    }
}
