package gx.techmarket.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.load.LatencySummary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Latency against offered rate, one line per workload: p99 solid, p50 dashed, both on a logarithmic millisecond
 * axis, so the knee where a workload stops keeping up is visible at a glance. Drawn with XChart (ADR 0008).
 */
final class Chart {

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b)};

    private final Map<String, List<LatencySummary>> series = new LinkedHashMap<>();

    synchronized void add(String name, LatencySummary s) {
        if (!Double.isNaN(s.offeredPerSecond()) && s.count() > 0) {
            series.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
        }
    }

    synchronized boolean hasPoints() {
        return !series.isEmpty();
    }

    synchronized ArrayNode json(ObjectMapper mapper) {
        ArrayNode all = mapper.createArrayNode();
        series.forEach((name, points) -> {
            ObjectNode node = all.addObject();
            node.put("series", name);
            ArrayNode ps = node.putArray("points");
            for (LatencySummary s : sorted(points)) {
                ObjectNode p = ps.addObject();
                p.put("offeredPerSecond", s.offeredPerSecond());
                Section.putNumber(p, "throughputPerSecond", s.throughputPerSecond());
                Section.putNumber(p, "p50Ms", s.p50());
                Section.putNumber(p, "p99Ms", s.p99());
            }
        });
        return all;
    }

    /** Writes the PNG; false (with a message) if the JVM cannot draw (no fonts in a headless JDK, say). */
    synchronized boolean writePng(Path file) {
        try {
            XYChart chart = new XYChartBuilder().width(1400).height(700)
                    .title("techmarket: latency against offered rate (p99 solid, p50 dashed)")
                    .xAxisTitle("offered rate (operations per second)").yAxisTitle("latency (ms, log scale)").build();
            chart.getStyler().setYAxisLogarithmic(true);
            chart.getStyler().setXAxisLogarithmic(true);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
            chart.getStyler().setYAxisDecimalPattern("#,##0.#");
            chart.getStyler().setXAxisDecimalPattern("#,##0");
            chart.getStyler().setChartBackgroundColor(Color.WHITE);
            chart.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
            int i = 0;
            for (Map.Entry<String, List<LatencySummary>> e : series.entrySet()) {
                List<LatencySummary> points = sorted(e.getValue());
                double[] x = points.stream().mapToDouble(LatencySummary::offeredPerSecond).toArray();
                double[] p99 = points.stream().mapToDouble(s -> Math.max(0.01, s.p99())).toArray();
                double[] p50 = points.stream().mapToDouble(s -> Math.max(0.01, s.p50())).toArray();
                Color color = COLORS[i++ % COLORS.length];
                XYSeries tail = chart.addSeries(e.getKey() + " p99", x, p99);
                tail.setLineColor(color);
                tail.setMarkerColor(color);
                tail.setMarker(SeriesMarkers.CIRCLE);
                XYSeries median = chart.addSeries(e.getKey() + " p50", x, p50);
                median.setLineColor(color);
                median.setMarkerColor(color);
                median.setMarker(SeriesMarkers.DIAMOND);
                median.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {6f, 4f}, 0f));
            }
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
            return true;
        } catch (IOException | RuntimeException | Error e) {
            System.out.println("bench: no chart (" + e + ")");
            return false;
        }
    }

    private static List<LatencySummary> sorted(List<LatencySummary> points) {
        List<LatencySummary> copy = new ArrayList<>(points);
        copy.sort((a, b) -> Double.compare(a.offeredPerSecond(), b.offeredPerSecond()));
        return copy;
    }
}
