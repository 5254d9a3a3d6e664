package io.connect.charging.domain;

import io.opentelemetry.context.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads on which starts run their short database steps. Starts never take the default worker pool, so
 * the CPO's callbacks (CommandResult, Session PUT) served there never queue behind a burst of new starts; the
 * neighbour calls between the steps hold no thread at all. Tasks keep the trace context of whoever queued them.
 */
@ApplicationScoped
public class StartSteps implements Executor {

    @ConfigProperty(name = "connect.charging.start-threads", defaultValue = "16")
    int size;

    private ExecutorService threads;
    private Executor traced;

    @PostConstruct
    void create() {
        AtomicInteger n = new AtomicInteger();
        threads = Executors.newFixedThreadPool(size, task -> {
            Thread t = new Thread(task, "charging-start-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        traced = Context.taskWrapping(threads);
    }

    @Override
    public void execute(Runnable step) {
        traced.execute(step);
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }
}
