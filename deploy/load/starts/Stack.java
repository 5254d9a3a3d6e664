package starts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local stack's addresses (moved by --port-offset) and the HTTP helpers every part of the benchmark uses. */
final class Stack {

    private Stack() {
    }

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

    static void useOffset(int offset) {
        GATEWAY = "http://127.0.0.1:" + (8080 + offset);
        SIM = "http://127.0.0.1:" + (8090 + offset);
        STRIPE = "http://127.0.0.1:" + (12111 + offset);
        STATIONS = "http://127.0.0.1:" + (8083 + offset);
        CHARGING = "http://127.0.0.1:" + (8084 + offset);
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

    static String abbreviate(String s) {
        s = s == null ? "" : s.replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

}
