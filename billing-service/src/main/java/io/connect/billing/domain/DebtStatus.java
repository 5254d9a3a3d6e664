package io.connect.billing.domain;

public enum DebtStatus { OPEN, SETTLED }
