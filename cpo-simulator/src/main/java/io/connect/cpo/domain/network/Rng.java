package io.connect.cpo.domain.network;

/**
 * SplitMix64, written out so the generated network depends on the seed only, never on the JDK's random
 * implementations. Not thread-safe: one instance per generated object.
 */
final class Rng {

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for item {@code index} of the stream family {@code seed}. */
    static Rng of(long seed, long stream, long index) {
        Rng r = new Rng(seed ^ (stream * 0xD1B54A32D192ED03L));
        r.state += index * 0x9E3779B97F4A7C15L;
        r.nextLong();
        return r;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /** Uniform in [from, to] (both included). */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    long nextLong(long bound) {
        return Math.floorMod(nextLong(), bound);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal (Box-Muller). */
    double nextGaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    <T> T pick(java.util.List<T> items) {
        return items.get(nextInt(items.size()));
    }
}
