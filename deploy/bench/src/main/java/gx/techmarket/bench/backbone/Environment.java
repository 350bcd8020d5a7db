package gx.techmarket.bench.backbone;

import gx.techmarket.bench.CpuUsage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.common.utils.AppInfoParser;

/** What the report says about the machine and the software it measured. */
final class Environment {

    private Environment() {}

    static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors() + " (nproc)" + cpuModel());
        m.put("memory", memory());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X") || a.startsWith("-XX")).toList();
        m.put("jvm", "max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, GC "
                + ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(" + "))
                + (jvmArgs.isEmpty() ? "" : ", " + String.join(" ", jvmArgs)));
        m.put("load average at start", String.format(java.util.Locale.ROOT, "%.2f", CpuUsage.loadAverage()));
        return m;
    }

    static Map<String, String> versions(DataSource dataSource) {
        Properties built = new Properties();
        try (InputStream in = Environment.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                built.load(in);
            }
        } catch (IOException e) {
            // versions stay unknown
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Quarkus", built.getProperty("quarkus", "?"));
        v.put("kafka-clients", AppInfoParser.getVersion());
        v.put("Kafka broker", System.getProperty("bench.kafka.where", "?").startsWith("embedded")
                ? built.getProperty("kafka", "?") + " (kafka_2.13, in-process KRaft)" : "external (not queried)");
        v.put("PostgreSQL", query(dataSource, "show server_version"));
        v.put("HdrHistogram", built.getProperty("hdrhistogram", "?"));
        return v;
    }

    static String query(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> ", " + l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> String.format(java.util.Locale.ROOT, "%.1f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
