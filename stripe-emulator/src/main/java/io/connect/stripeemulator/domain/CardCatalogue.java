package io.connect.stripeemulator.domain;

import java.util.Map;
import java.util.Optional;

/** Stripe's test payment method aliases (pm_card_...) and test card numbers known to the emulator. */
public final class CardCatalogue {
    private static final Map<String, TestCard> ALIASES = Map.of(
            "pm_card_visa", card("visa", "4242", "credit", CardBehaviour.APPROVE),
            "pm_card_mastercard", card("mastercard", "4444", "credit", CardBehaviour.APPROVE),
            "pm_card_visa_debit", card("visa", "5556", "debit", CardBehaviour.APPROVE),
            "pm_card_chargeDeclined", card("visa", "0002", "credit", CardBehaviour.DECLINE_GENERIC),
            "pm_card_visa_chargeDeclinedInsufficientFunds",
            card("visa", "9995", "credit", CardBehaviour.DECLINE_INSUFFICIENT_FUNDS),
            "pm_card_authenticationRequired", card("visa", "3184", "credit", CardBehaviour.AUTHENTICATION_REQUIRED),
            "pm_card_holdThenDecline", card("visa", "0341", "credit", CardBehaviour.HOLD_THEN_DECLINE));

    private static final Map<String, String> NUMBERS = Map.of(
            "4242424242424242", "pm_card_visa",
            "5555555555554444", "pm_card_mastercard",
            "4000056655665556", "pm_card_visa_debit",
            "4000000000000002", "pm_card_chargeDeclined",
            "4000000000009995", "pm_card_visa_chargeDeclinedInsufficientFunds",
            "4000002760003184", "pm_card_authenticationRequired",
            "4000000000000341", "pm_card_holdThenDecline");

    private static final Map<String, String> TOKENS = Map.of(
            "tok_visa", "pm_card_visa",
            "tok_mastercard", "pm_card_mastercard",
            "tok_chargeDeclined", "pm_card_chargeDeclined",
            "tok_chargeDeclinedInsufficientFunds", "pm_card_visa_chargeDeclinedInsufficientFunds");

    private CardCatalogue() {
    }

    private static TestCard card(String brand, String last4, String funding, CardBehaviour behaviour) {
        return new TestCard(brand, last4, 4, 2044, funding, "US", behaviour);
    }

    public static Optional<TestCard> alias(String id) {
        return Optional.ofNullable(ALIASES.get(id));
    }

    public static Optional<TestCard> byNumber(String number) {
        return Optional.ofNullable(NUMBERS.get(number == null ? "" : number.replace(" ", ""))).map(ALIASES::get);
    }

    public static Optional<TestCard> byToken(String token) {
        return Optional.ofNullable(TOKENS.get(token)).map(ALIASES::get);
    }
}
