package starts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static starts.Stack.CHARGING;
import static starts.Stack.CHARGING_PID;
import static starts.Stack.HTTP;

/** Samples charging-service's threads, heap (Prometheus) and RSS (/proc) every 200 ms. */
final class ChargingSampler implements Runnable {
    final AtomicBoolean stop = new AtomicBoolean();
    volatile long threadsBefore = -1;
    volatile long maxThreads;
    volatile double maxHeap;
    volatile double maxRss;
    volatile long maxWaiters;
    volatile long maxQueued;
    final java.util.concurrent.atomic.AtomicLong inFlight = new java.util.concurrent.atomic.AtomicLong();
    volatile long maxInFlight;
    private final Path pidFile = CHARGING_PID;

    @Override
    public void run() {
        while (!stop.get()) {
            try {
                String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(CHARGING + "/q/metrics"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
                long threads = (long) sum(metrics, "jvm_threads_live_threads");
                if (threadsBefore < 0) {
                    threadsBefore = threads;
                }
                maxThreads = Math.max(maxThreads, threads);
                maxHeap = Math.max(maxHeap, sum(metrics, "jvm_memory_used_bytes{area=\"heap\""));
                maxWaiters = Math.max(maxWaiters, (long) sum(metrics, "connect_charging_start_waiters"));
                maxQueued = Math.max(maxQueued, (long) sum(metrics, "connect_charging_start_queued"));
                if (Files.exists(pidFile)) {
                    String pid = Files.readString(pidFile).trim();
                    for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                        if (line.startsWith("VmRSS:")) {
                            maxRss = Math.max(maxRss, Double.parseDouble(line.replaceAll("[^0-9]", "")) * 1024);
                        }
                    }
                }
                Thread.sleep(200);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    return;
                }
            }
        }
    }

    static double sum(String metrics, String prefix) {
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(prefix)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** charging-service's outgoing calls during the run: mean and max per target (Micrometer's HTTP client timers). */
    static void printNeighbourCalls() throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(CHARGING + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, double[]> byCall = new TreeMap<>();
        for (String line : metrics.split("\n")) {
            Matcher m = Pattern.compile("^http_client_requests_seconds_(count|sum|max)\\{(.*)\\} (\\S+)$").matcher(line);
            if (!m.find()) {
                continue;
            }
            String labels = m.group(2);
            String key = label(labels, "method") + " " + label(labels, "uri");
            double[] v = byCall.computeIfAbsent(key, k -> new double[3]);
            int i = switch (m.group(1)) { case "count" -> 0; case "sum" -> 1; default -> 2; };
            v[i] = i == 2 ? Math.max(v[2], Double.parseDouble(m.group(3))) : v[i] + Double.parseDouble(m.group(3));
        }
        System.out.println("charging-service's calls to its neighbours (all since it started):");
        byCall.forEach((k, v) -> {
            if (v[0] > 0) {
                System.out.printf("   %-90s n %6.0f  mean %7.1f ms  max(recent) %7.1f ms%n", k, v[0], v[1] / v[0] * 1000,
                        v[2] * 1000);
            }
        });
    }

    static String label(String labels, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(labels);
        return m.find() ? m.group(1) : "?";
    }
}
