package io.connect.testsupport;

import static io.restassured.RestAssured.given;

/**
 * Reads one sample from the service under test's {@code /q/metrics} (RestAssured's configured port): the sum
 * over the series of {@code name} that carry every label.
 */
public final class Scrape {

    private Scrape() {
    }

    public static double value(String name, String... labels) {
        double sum = 0;
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : text.split("\n")) {
            if (!(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
