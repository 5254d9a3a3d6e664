package starts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import starts.StartsBenchmark.Result;

import static starts.Stack.*;

/** What a run needs before it fires (EVSEs with a scripted latency, users with a card) and the cleanup after it. */
final class Fixtures {

    private Fixtures() {
    }

    record Driver(String user, String card) {
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
}
