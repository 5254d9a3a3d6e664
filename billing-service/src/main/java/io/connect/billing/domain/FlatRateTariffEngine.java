package io.connect.billing.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The snapshot's {@code gross} components applied to the whole session. Each line is
 * {@code round_half_up(quantity × gross × (1 + tax/100), 2)}; the division by 3600 for hourly prices comes last,
 * so nothing is rounded before the cent. The VAT shown is derived from the total.
 */
public class FlatRateTariffEngine implements TariffEngine {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    @Override
    public SessionCost price(TariffSnapshot snapshot, SessionUsage usage) {
        GrossPrices gross = snapshot.gross();
        BigDecimal factor = Money.vatFactor(snapshot.taxPercent());

        BigDecimal kwh = line(usage.energyKwh(), gross.energyPerKwh(), factor);
        BigDecimal time = hourly(usage.chargingSeconds(), gross.timePerHour(), factor);
        BigDecimal sessionFee = line(BigDecimal.ONE, gross.flat(), factor);
        BigDecimal blocking = blocking(usage.parkingSeconds(), gross, factor);
        BigDecimal startingFee = line(BigDecimal.ONE, gross.startingFee(), factor);
        BigDecimal credits = Money.ZERO;
        BigDecimal discount = Money.ZERO;

        BigDecimal summary = kwh.add(time).add(sessionFee).add(blocking).add(startingFee)
                .add(credits).subtract(discount);
        BigDecimal net = summary.divide(factor, EXACT_ENOUGH);
        BigDecimal vat = Money.cents(summary.subtract(net));
        return new SessionCost(kwh, time, sessionFee, blocking, startingFee, vat, Money.cents(summary),
                credits, discount, snapshot.currency());
    }

    private static BigDecimal line(BigDecimal quantity, BigDecimal price, BigDecimal factor) {
        if (price == null) {
            return Money.ZERO;
        }
        return Money.cents(quantity.multiply(price).multiply(factor));
    }

    private static BigDecimal hourly(long seconds, BigDecimal pricePerHour, BigDecimal factor) {
        if (pricePerHour == null) {
            return Money.ZERO;
        }
        return BigDecimal.valueOf(seconds).multiply(pricePerHour).multiply(factor)
                .divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /**
     * Parking after the grace period, priced per hour; the cap (without VAT) bounds the fee before VAT.
     * Compared as "seconds × price" against "cap × 3600" so that nothing is divided before the final rounding.
     */
    private static BigDecimal blocking(long parkingSeconds, GrossPrices gross, BigDecimal factor) {
        if (gross.parkingPerHour() == null) {
            return Money.ZERO;
        }
        long billable = Math.max(0, parkingSeconds - gross.gracePeriodMinutes() * 60L);
        BigDecimal feeTimesHour = BigDecimal.valueOf(billable).multiply(gross.parkingPerHour());
        if (gross.blockingCap() != null && feeTimesHour.compareTo(gross.blockingCap().multiply(SECONDS_PER_HOUR)) > 0) {
            return Money.cents(gross.blockingCap().multiply(factor));
        }
        return feeTimesHour.multiply(factor).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
