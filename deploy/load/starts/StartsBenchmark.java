// 1,000 charging starts in flight through the gateway of the running local stack: all fired at once (burst), or
// open loop at a fixed rate (--rate N starts/s: in flight = rate x latency).
// Run: deploy/load/starts-benchmark.sh [--starts 1000] [--latency-ms 2000] [--rate N]
// Talks to 127.0.0.1 only; bounded (every request has a timeout, the whole run a deadline); stops by itself.
// The files of deploy/load/starts/ are compiled together by deploy/load/starts-benchmark.sh (no build tool needed).
package starts;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import starts.Fixtures.Driver;

import static starts.ChargingSampler.printNeighbourCalls;
import static starts.Fixtures.drivers;
import static starts.Fixtures.evses;
import static starts.Fixtures.stopAll;
import static starts.Stack.GATEWAY;
import static starts.Stack.HTTP;
import static starts.Stack.abbreviate;
import static starts.Stack.field;
import static starts.Stack.post;
import static starts.Stack.send;

public class StartsBenchmark {

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
        Stack.useOffset(offset);
        if (opts.containsKey("charging-pid-file")) {
            Stack.CHARGING_PID = Path.of(opts.get("charging-pid-file"));
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
        printNeighbourCalls();
        stopAll(results, drivers, partnerToken, deadline);
    }

    static List<Result> stage(List<Driver> drivers, List<String> evses, double rate, long latencyMs,
                              String partnerToken) throws Exception {
        int starts = drivers.size();
        ChargingSampler sampler = new ChargingSampler();
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

    static void report(List<Result> results, long latencyMs, long wallNanos, ChargingSampler sampler) {
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

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opts;
    }
}
