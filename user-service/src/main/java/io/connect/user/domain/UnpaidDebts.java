package io.connect.user.domain;

import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.connect.user.persistence.OpenDebt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The 402 a partner gets when an action is blocked by a user's open debts, with the debts listed. */
final class UnpaidDebts {

    private UnpaidDebts() {
    }

    static ApiException refusal(List<OpenDebt> debts) {
        return new ApiException(402, "The user has outstanding debt.", ErrorType.PAYMENT_ERROR,
                "settle the open debts of this user first (GET /api/v1/users/{id}/charging/debts/)")
                .withBodyField("debt_details", details(debts));
    }

    /** Shaped like billing-service's open-debt answer, so partners read one format. */
    static Map<String, Object> details(List<OpenDebt> debts) {
        Map<String, BigDecimal> totals = debts.stream().collect(Collectors.groupingBy(d -> currency(d.currency),
                LinkedHashMap::new, Collectors.reducing(BigDecimal.ZERO, d -> d.amount, BigDecimal::add)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("has_open_debt", true);
        if (totals.size() == 1) {
            Map.Entry<String, BigDecimal> only = totals.entrySet().iterator().next();
            details.put("amount", money(only.getValue()));
            details.put("currency", only.getKey());
        } else {
            // Mixed currencies cannot be summed; each debt below still carries its own.
            details.put("amount", null);
            details.put("currency", null);
        }
        details.put("sessions", debts.stream().map(UnpaidDebts::item).toList());
        return details;
    }

    private static Map<String, Object> item(OpenDebt debt) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("debt_id", debt.debtId);
        item.put("session_id", debt.sessionId);
        item.put("amount", money(debt.amount));
        item.put("currency", currency(debt.currency));
        return item;
    }

    /** As Cariqa's debt list writes it: "EUR" (the events carry Stripe's "eur"). */
    private static String currency(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
