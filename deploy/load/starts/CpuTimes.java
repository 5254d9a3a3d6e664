package starts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** CPU seconds (user + system) of every JVM with a pid file next to charging-service's, and of the machine. */
record CpuTimes(Map<String, Double> byProcess, double machineBusy, long at) {
    static CpuTimes now() {
        Map<String, Double> by = new TreeMap<>();
        double tick = 100.0; // USER_HZ: 100 on Linux
        try (var files = Files.list(Stack.CHARGING_PID.toAbsolutePath().getParent())) {
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

