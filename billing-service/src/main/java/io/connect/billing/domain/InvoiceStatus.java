package io.connect.billing.domain;

public enum InvoiceStatus { PENDING_PAYMENT, PAID, PAYMENT_FAILED }
