package io.connect.cpo.domain.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The table of European cities (network/europe-cities.csv), picked by population weight. */
public final class Cities {

    static final String RESOURCE = "network/europe-cities.csv";
    private static final int NEIGHBOURS = 4;

    private final List<City> cities;
    private final long[] cumulativePopulation;
    private final int[][] nearest;

    Cities(List<City> cities) {
        this.cities = List.copyOf(cities);
        this.cumulativePopulation = new long[cities.size()];
        long sum = 0;
        for (int i = 0; i < cities.size(); i++) {
            sum += cities.get(i).populationThousands();
            cumulativePopulation[i] = sum;
        }
        this.nearest = new int[cities.size()][];
        for (int i = 0; i < cities.size(); i++) {
            int self = i;
            City from = cities.get(i);
            nearest[i] = java.util.stream.IntStream.range(0, cities.size()).filter(j -> j != self).boxed()
                    .sorted(Comparator.comparingDouble((Integer j) -> Geo.km(from, cities.get(j))).thenComparing(j -> j))
                    .limit(NEIGHBOURS).mapToInt(Integer::intValue).toArray();
        }
    }

    public static Cities load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<City> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new City(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Integer.parseInt(f[5]), f[6]));
            }
            return new Cities(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<City> all() {
        return cities;
    }

    /** A city drawn with probability proportional to its population. */
    int pickIndex(Rng random) {
        long target = random.nextLong(cumulativePopulation[cumulativePopulation.length - 1]);
        int i = Arrays.binarySearch(cumulativePopulation, target + 1);
        return i >= 0 ? i : -i - 1;
    }

    City get(int index) {
        return cities.get(index);
    }

    /** One of the few closest cities: the other end of a motorway leg. */
    City neighbour(int index, Rng random) {
        int[] candidates = nearest[index];
        return cities.get(candidates[random.nextInt(candidates.length)]);
    }

    /** The city closest to a point (for a rural station's address). */
    City closest(double latitude, double longitude) {
        City best = null;
        double bestKm = Double.MAX_VALUE;
        for (City c : cities) {
            double km = Geo.km(latitude, longitude, c.latitude(), c.longitude());
            if (km < bestKm) {
                bestKm = km;
                best = c;
            }
        }
        return best;
    }
}
