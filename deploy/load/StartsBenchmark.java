// 1,000 charging starts in flight through the gateway of the running local stack: all fired at once (burst), or
// open loop at a fixed rate (--rate N starts/s: in flight = rate x latency).
// Run: java deploy/load/StartsBenchmark.java [--starts 1000] [--latency-ms 2000] [--rate N]
// (or deploy/load/starts-benchmark.sh)
// Talks to 127.0.0.1 only; bounded (every request has a timeout, the whole run a deadline); stops by itself.
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class StartsBenchmark {

    // the local stack's ports; --port-offset N adds N (the private run of starts-benchmark.sh uses 20000)
    static String GATEWAY = "http://127.0.0.1:8080";
    static String SIM = "http://127.0.0.1:8090";
    static String STRIPE = "http://127.0.0.1:12111";
    static String STATIONS = "http://127.0.0.1:8083";
    static String CHARGING = "http://127.0.0.1:8084";
    static Path CHARGING_PID = Path.of(".run", "pids", "charging-service.pid");
    static final String SEED_LOCATION = "b475f4c35249ae698157660941050322";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4)).build();

    record Driver(String user, String card) {
    }

    record Result(int status, long nanos, String body) {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0); // the HTTP client's pool threads would keep the JVM alive
    }

    static void run(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int starts = Integer.parseInt(opts.getOrDefault("starts", "1000"));
        long latencyMs = Long.parseLong(opts.getOrDefault("latency-ms", "2000"));
        String adminToken = opts.getOrDefault("admin-token", "local-admin-token");
        String internalToken = opts.getOrDefault("internal-token", "local-internal-token");
        int offset = Integer.parseInt(opts.getOrDefault("port-offset", "0"));
        GATEWAY = "http://127.0.0.1:" + (8080 + offset);
        SIM = "http://127.0.0.1:" + (8090 + offset);
        STRIPE = "http://127.0.0.1:" + (12111 + offset);
        STATIONS = "http://127.0.0.1:" + (8083 + offset);
        CHARGING = "http://127.0.0.1:" + (8084 + offset);
        if (opts.containsKey("charging-pid-file")) {
            CHARGING_PID = Path.of(opts.get("charging-pid-file"));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(Long.parseLong(opts.getOrDefault("max-minutes", "15")))
                .toNanos();

        String partnerToken = field(send(post(GATEWAY + "/admin/v1/partners/", adminToken,
                "{\"name\": \"starts-benchmark-" + System.currentTimeMillis() + "\"}")), "api_token");
        System.out.printf("partner created; preparing %d EVSEs (simulator latency %d ms) and %d users with cards%n",
                starts, latencyMs, starts);

        List<String> evses = evses(starts, latencyMs, internalToken, deadline);
        List<Driver> drivers = drivers(starts, partnerToken, deadline);

        // --rate 10,20,40: one stage per rate, the starts shared equally; each stage is answered before the next
        String[] rates = opts.getOrDefault("rate", "0").split(",");
        int perStage = starts / rates.length;
        List<Result> results = new ArrayList<>();
        for (int stage = 0; stage < rates.length; stage++) {
            double rate = Double.parseDouble(rates[stage].trim());
            results.addAll(stage(drivers.subList(stage * perStage, (stage + 1) * perStage),
                    evses.subList(stage * perStage, (stage + 1) * perStage), rate, latencyMs, partnerToken));
        }
        drivers = drivers.subList(0, results.size());
        whereTheTimeGoes();
        stopAll(results, drivers, partnerToken, deadline);
    }

    static List<Result> stage(List<Driver> drivers, List<String> evses, double rate, long latencyMs,
                              String partnerToken) throws Exception {
        int starts = drivers.size();
        Sampler sampler = new Sampler();
        Thread samplerThread = new Thread(sampler, "sampler");
        samplerThread.setDaemon(true);
        samplerThread.start();
        Thread.sleep(1500); // a baseline sample before the burst

        System.out.println(rate > 0 ? String.format("%nfiring %d starts at %.0f/s (open loop)", starts, rate)
                : String.format("%nfiring %d starts at once", starts));
        CpuTimes cpuBefore = CpuTimes.now();
        long t0 = System.nanoTime();
        List<CompletableFuture<Result>> inFlight = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            if (rate > 0) {
                long due = t0 + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
            Driver d = drivers.get(i);
            HttpRequest request = post(GATEWAY + "/api/v1/users/" + d.user() + "/charging/start/", partnerToken,
                    "{\"evse_id\": \"" + evses.get(i) + "\", \"payment_method_id\": \"" + d.card() + "\"}")
                    .timeout(Duration.ofSeconds(120)).build();
            long sent = System.nanoTime();
            long now = sampler.inFlight.incrementAndGet();
            sampler.maxInFlight = Math.max(sampler.maxInFlight, now);
            inFlight.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .handle((r, e) -> {
                        sampler.inFlight.decrementAndGet();
                        return e != null ? new Result(-1, System.nanoTime() - sent, e.toString())
                                : new Result(r.statusCode(), System.nanoTime() - sent, r.body());
                    }));
        }
        long fired = System.nanoTime() - t0;
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        long wall = System.nanoTime() - t0;
        CpuTimes cpuAfter = CpuTimes.now();
        sampler.stop.set(true);
        samplerThread.join();

        List<Result> results = inFlight.stream().map(CompletableFuture::join).toList();
        System.out.printf("fired in %.2f s (%.1f starts/s offered)%n", fired / 1e9, starts / Math.max(fired / 1e9, 1e-3));
        report(results, latencyMs, wall, sampler);
        cpuAfter.report(cpuBefore, results.size());
        return results;
    }

    static void report(List<Result> results, long latencyMs, long wallNanos, Sampler sampler) {
        List<Long> ok = new ArrayList<>();
        Map<String, Integer> errors = new TreeMap<>();
        for (Result r : results) {
            if (r.status() == 201) {
                ok.add(r.nanos());
            } else {
                String key = r.status() + " " + abbreviate(r.body());
                errors.merge(key, 1, Integer::sum);
            }
        }
        Collections.sort(ok);
        System.out.printf("== %d starts, %d x 201, %d errors, wall %.2f s ==%n", results.size(), ok.size(),
                results.size() - ok.size(), wallNanos / 1e9);
        errors.forEach((k, v) -> System.out.printf("   %4d x %s%n", v, k));
        if (!ok.isEmpty()) {
            System.out.printf("total  (ms): p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f%n", ms(pct(ok, 50)),
                    ms(pct(ok, 95)), ms(pct(ok, 99)), ms(ok.get(ok.size() - 1)));
            System.out.printf("added  (ms): p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f   (total - %d ms simulator latency)%n",
                    ms(pct(ok, 50)) - latencyMs, ms(pct(ok, 95)) - latencyMs, ms(pct(ok, 99)) - latencyMs,
                    ms(ok.get(ok.size() - 1)) - latencyMs, latencyMs);
        }
        System.out.printf("charging-service: live threads %d before, max %d during; heap used max %.0f MB; RSS max %.0f MB;"
                        + " starts in flight max %d (at charging-service: waiting for the CPO max %d, queued to prepare"
                        + " max %d)%n",
                sampler.threadsBefore, sampler.maxThreads, sampler.maxHeap / 1e6, sampler.maxRss / 1e6,
                sampler.maxInFlight, sampler.maxWaiters, sampler.maxQueued);
    }

    /** CPU seconds (user + system) of every JVM with a pid file next to charging-service's, and of the machine. */
    record CpuTimes(Map<String, Double> byProcess, double machineBusy, long at) {
        static CpuTimes now() {
            Map<String, Double> by = new TreeMap<>();
            double tick = 100.0; // USER_HZ: 100 on Linux
            try (var files = Files.list(CHARGING_PID.toAbsolutePath().getParent())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
                    String pid = Files.readString(f).trim();
                    Path stat = Path.of("/proc", pid, "stat");
                    if (Files.exists(stat)) {
                        String[] fields = Files.readString(stat).substring(Files.readString(stat).lastIndexOf(')') + 2)
                                .split(" ");
                        // after the command name: state is field 0, utime 11, stime 12
                        by.put(f.getFileName().toString().replace(".pid", ""),
                                (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / tick);
                    }
                }
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                double busy = 0;
                for (int i = 1; i < cpu.length; i++) {
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += Long.parseLong(cpu[i]);
                    }
                }
                return new CpuTimes(by, busy / tick, System.nanoTime());
            } catch (Exception e) {
                return new CpuTimes(by, 0, System.nanoTime());
            }
        }

        void report(CpuTimes before, int starts) {
            System.out.printf("CPU during the run (%.1f s wall; user+system seconds, ms per start):%n",
                    (at - before.at) / 1e9);
            double ours = 0;
            for (var e : byProcess.entrySet()) {
                double used = e.getValue() - before.byProcess.getOrDefault(e.getKey(), e.getValue());
                ours += used;
                System.out.printf("   %-18s %7.1f s  %6.1f ms/start%n", e.getKey(), used, used * 1000 / starts);
            }
            System.out.printf("   %-18s %7.1f s  %6.1f ms/start%n", "these JVMs", ours, ours * 1000 / starts);
            double machine = machineBusy - before.machineBusy;
            System.out.printf("   %-18s %7.1f s  %6.1f ms/start (PostgreSQL, Kafka, nginx and other work included)%n",
                    "whole machine", machine, machine * 1000 / starts);
        }
    }

    /** charging-service's outgoing calls during the run: mean and max per target (Micrometer's HTTP client timers). */
    static void whereTheTimeGoes() throws Exception {
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

    /** Copies of the seed station until there are enough EVSEs, each scripted with the latency; waits for the cache. */
    static List<String> evses(int needed, long latencyMs, String internalToken, long deadline) throws Exception {
        int copies = (needed + 3) / 4;
        String body = "{\"count\": " + copies + ", \"behaviour\": {\"latency_ms\": " + latencyMs
                + ", \"progress_updates\": false}}";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(SIM + "/sim/locations/" + SEED_LOCATION
                + "/copies")).header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"(DE\\*CIQ\\*EBENCH[^\"]+)\"").matcher(r.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.size() < needed) {
            throw new IllegalStateException("the simulator made " + ids.size() + " EVSEs: " + abbreviate(r.body()));
        }
        List<String> chosen = ids.subList(0, needed);
        forAll(chosen, 32, deadline, id -> awaitStatus(HttpRequest.newBuilder(URI.create(STATIONS
                + "/internal/v1/evses/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + internalToken), 200, deadline));
        System.out.printf("%d EVSEs in station-service's cache%n", chosen.size());
        return chosen;
    }

    static List<Driver> drivers(int count, String token, long deadline) throws Exception {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            indexes.add(i);
        }
        Map<Integer, Driver> made = new ConcurrentHashMap<>();
        forAll(indexes, 16, deadline, i -> {
            String user = field(send(post(GATEWAY + "/api/v1/users/", token,
                    "{\"email\": \"bench-" + System.nanoTime() + "-" + i + "@example.com\", \"locale\": \"en\"}")), "id");
            String secret = field(send(get(GATEWAY + "/api/v1/users/" + user + "/setup-intents/?pm_type=card", token)),
                    "client_secret");
            String seti = secret.substring(0, secret.indexOf("_secret_"));
            send(HttpRequest.newBuilder(URI.create(STRIPE + "/v1/setup_intents/" + seti + "/confirm"))
                    .header("Authorization", "Bearer pk_test_local")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("payment_method=pm_card_visa&client_secret="
                            + URLEncoder.encode(secret, StandardCharsets.UTF_8))));
            String pm = field(send(HttpRequest.newBuilder(URI.create(STRIPE + "/v1/setup_intents/" + seti))
                    .header("Authorization", "Bearer sk_test_local").GET()), "payment_method");
            while (!send(get(GATEWAY + "/api/v1/users/" + user + "/payment-methods/", token)).body().contains(pm)) {
                checkDeadline(deadline);
                Thread.sleep(100);
            }
            made.put(i, new Driver(user, pm));
            if (made.size() % 100 == 0) {
                System.out.printf("  %d users with a card%n", made.size());
            }
            return null;
        });
        List<Driver> drivers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drivers.add(made.get(i));
        }
        return drivers;
    }

    /** Stops what started (bounded concurrency) and waits a while for the CDRs, so the EVSEs and users end free. */
    static void stopAll(List<Result> results, List<Driver> drivers, String token, long deadline) throws Exception {
        List<String[]> started = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).status() == 201) {
                started.add(new String[]{drivers.get(i).user(), field(results.get(i).body(), "id")});
            }
        }
        java.util.concurrent.atomic.AtomicInteger stopped = new java.util.concurrent.atomic.AtomicInteger();
        forAll(started, 32, deadline, s -> {
            // 409 temporary_locked until the CPO's Session PUT brought its session id
            for (int attempt = 0; attempt < 20; attempt++) {
                int status = HTTP.send(post(GATEWAY + "/api/v1/users/" + s[0] + "/charging/stop/" + s[1] + "/", token,
                        "").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 409 || attempt == 19) {
                    if (status == 204) {
                        stopped.incrementAndGet();
                    }
                    return null;
                }
                Thread.sleep(500);
            }
            return null;
        });
        System.out.printf("stopped %d of %d sessions%n", stopped.get(), started.size());
    }

    interface Task<T> {
        Object run(T item) throws Exception;
    }

    static <T> void forAll(List<T> items, int parallel, long deadline, Task<T> task) throws Exception {
        var pool = Executors.newFixedThreadPool(parallel);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> task.run(item)));
        }
        pool.shutdown();
        for (var f : futures) {
            f.get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    static Object awaitStatus(HttpRequest.Builder request, int status, long deadline) throws Exception {
        while (HTTP.send(request.timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() != status) {
            checkDeadline(deadline);
            Thread.sleep(200);
        }
        return null;
    }

    /** Samples charging-service's threads, heap (Prometheus) and RSS (/proc) every 200 ms. */
    static final class Sampler implements Runnable {
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
    }

    static HttpRequest.Builder post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    static HttpRequest.Builder get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " -> " + r.statusCode() + " "
                    + abbreviate(r.body()));
        }
        return r;
    }

    static String field(HttpResponse<String> r, String name) {
        return field(r.body(), name);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + abbreviate(json));
        }
        return m.group(1);
    }

    static void checkDeadline(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the benchmark ran out of time");
        }
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String abbreviate(String s) {
        s = s == null ? "" : s.replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opts;
    }
}
