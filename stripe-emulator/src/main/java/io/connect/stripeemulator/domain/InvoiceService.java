package io.connect.stripeemulator.domain;

import io.connect.stripeemulator.config.EmulatorConfig;
import io.connect.stripeemulator.messaging.EventPublisher;
import io.connect.stripeemulator.persistence.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

@ApplicationScoped
public class InvoiceService {

    @Inject
    EmulatorConfig config;

    @Inject
    ObjectStore store;

    @Inject
    CustomerService customers;

    @Inject
    PaymentIntentService paymentIntents;

    @Inject
    EventPublisher events;

    public Invoice retrieve(String id) {
        return store.require(Invoice.class, id, "invoice", "invoice");
    }

    public InvoiceItem retrieveItem(String id) {
        return store.require(InvoiceItem.class, id, "invoiceitem", "id");
    }

    public List<Invoice> list(Params p) {
        p.allowOnly("customer", "status", "limit", "starting_after", "ending_before", "created", "collection_method");
        String customer = p.text("customer");
        String status = p.text("status");
        return store.all(Invoice.class, i -> (customer == null || customer.equals(i.customer))
                && (status == null || status.equals(i.status)));
    }

    public InvoiceItem createItem(Params p) {
        p.allowOnly("customer", "amount", "currency", "description", "invoice", "metadata", "period", "quantity",
                "unit_amount_decimal", "discountable", "tax_rates", "tax_behavior");
        Customer customer = customers.require(p.required("customer"), "customer");
        InvoiceItem item = new InvoiceItem();
        item.customer = customer.id;
        item.description = p.text("description");
        Long quantity = p.longValue("quantity");
        item.quantity = quantity == null ? 1 : quantity;
        item.amount = itemAmount(p, item.quantity);
        Invoice invoice = p.text("invoice") == null ? null : retrieve(p.text("invoice"));
        String currency = p.text("currency");
        item.currency = PaymentIntentService.currency(currency != null ? currency
                : invoice != null ? invoice.currency : config.defaultCurrency());
        Params period = p.nested("period");
        if (period != null) {
            period.allowOnly("start", "end");
            item.periodStart = period.longValue("start") == null ? item.periodStart : period.longValue("start");
            item.periodEnd = period.longValue("end") == null ? item.periodEnd : period.longValue("end");
        }
        p.applyMetadata(item.metadata);
        if (invoice == null) {
            return store.save(item);
        }
        synchronized (invoice) {
            if (!customer.id.equals(invoice.customer)) {
                throw StripeApiError.invalid("invoice", "The invoice " + invoice.id + " belongs to another customer.");
            }
            if (!"draft".equals(invoice.status)) {
                throw StripeApiError.invalid("invoice_not_editable", "invoice",
                        "You can only add invoice items to draft invoices.");
            }
            if (!invoice.currency.equals(item.currency)) {
                throw StripeApiError.invalid("currency", "The currency of the invoice item (" + item.currency
                        + ") must match the invoice's (" + invoice.currency + ").");
            }
            item.invoice = invoice.id;
            store.save(item);
            invoice.lines.add(item);
        }
        return item;
    }

    public Invoice create(Params p) {
        p.allowOnly("customer", "currency", "auto_advance", "collection_method", "days_until_due", "due_date",
                "description", "metadata", "footer", "pending_invoice_items_behavior", "default_payment_method",
                "automatic_tax");
        Customer customer = customers.require(p.required("customer"), "customer");
        Invoice invoice = new Invoice();
        invoice.customer = customer.id;
        invoice.customerEmail = customer.email;
        invoice.customerName = customer.name;
        invoice.currency = PaymentIntentService.currency(p.text("currency") == null
                ? config.defaultCurrency() : p.text("currency"));
        invoice.collectionMethod = p.oneOf("collection_method", "charge_automatically", "charge_automatically",
                "send_invoice");
        Long days = p.longValue("days_until_due");
        invoice.dueDate = p.longValue("due_date") != null ? p.longValue("due_date")
                : days != null ? invoice.created + days * 86_400 : null;
        if ("send_invoice".equals(invoice.collectionMethod) && invoice.dueDate == null) {
            throw StripeApiError.invalid("days_until_due", "Invoices with collection_method=send_invoice need "
                    + "days_until_due or due_date.");
        }
        invoice.autoAdvance = p.bool("auto_advance", false);
        invoice.description = p.text("description");
        invoice.footer = p.text("footer");
        String pm = p.text("default_payment_method");
        if (pm != null) {
            invoice.defaultPaymentMethod = store.require(PaymentMethod.class, pm, "PaymentMethod",
                    "default_payment_method").id;
        }
        p.applyMetadata(invoice.metadata);
        String pending = p.oneOf("pending_invoice_items_behavior", "exclude", "exclude", "include");
        synchronized (invoice) {
            store.save(invoice);
            if ("include".equals(pending)) {
                for (InvoiceItem item : store.all(InvoiceItem.class, i -> i.invoice == null
                        && customer.id.equals(i.customer) && invoice.currency.equals(i.currency))) {
                    item.invoice = invoice.id;
                    invoice.lines.add(0, item);
                }
            }
        }
        return invoice;
    }

    public Invoice finalizeInvoice(String id, Params p) {
        p.allowOnly("auto_advance");
        Invoice invoice = retrieve(id);
        finalizeDraft(invoice);
        return invoice;
    }

    public Invoice pay(String id, Params p) {
        p.allowOnly("paid_out_of_band", "payment_method", "off_session", "forgive", "source", "mandate");
        Invoice invoice = retrieve(id);
        if ("draft".equals(invoice.status)) {
            finalizeDraft(invoice);
        }
        boolean outOfBand = p.bool("paid_out_of_band", false);
        synchronized (invoice) {
            if (!"open".equals(invoice.status)) {
                throw StripeApiError.invalid("invoice_unexpected_state", null, "Invoice is already " + invoice.status
                        + "; only open invoices can be paid.");
            }
            if (outOfBand) {
                invoice.amountPaidOffStripe = invoice.amountRemaining();
            } else {
                chargeCard(invoice, p.text("payment_method"));
            }
            markPaid(invoice);
        }
        events.publish("invoice.paid", invoice);
        return invoice;
    }

    private void finalizeDraft(Invoice invoice) {
        boolean paidAtOnce;
        synchronized (invoice) {
            if (!"draft".equals(invoice.status)) {
                throw StripeApiError.invalid("invoice_not_editable", null,
                        "This invoice is already finalized, you can't re-finalize a non-draft invoice.");
            }
            Customer customer = store.require(Customer.class, invoice.customer, "customer", "customer");
            synchronized (customer) {
                invoice.number = customer.invoicePrefix + "-" + String.format("%04d", customer.nextInvoiceSequence++);
            }
            invoice.status = "open";
            invoice.finalizedAt = Ids.now();
            invoice.hostedInvoiceUrl = config.publicUrl() + "/i/" + invoice.id;
            invoice.invoicePdf = config.publicUrl() + "/invoice/" + invoice.id + "/pdf";
            paidAtOnce = invoice.total() == 0;
        }
        events.publish("invoice.finalized", invoice);
        if (paidAtOnce) {
            // Stripe marks an invoice with nothing to pay as paid when it is finalized.
            synchronized (invoice) {
                markPaid(invoice);
            }
            events.publish("invoice.paid", invoice);
        }
    }

    private void chargeCard(Invoice invoice, String paymentMethod) {
        String pmId = paymentMethod != null ? paymentMethod : invoice.defaultPaymentMethod != null
                ? invoice.defaultPaymentMethod
                : store.find(Customer.class, invoice.customer).map(c -> c.defaultPaymentMethod).orElse(null);
        if (pmId == null) {
            throw StripeApiError.invalid("invoice_no_payment_method", "payment_method",
                    "This customer has no attached payment source or default payment method.");
        }
        PaymentMethod pm = store.require(PaymentMethod.class, pmId, "PaymentMethod", "payment_method");
        invoice.attemptCount++;
        paymentIntents.charge(invoice.customer, pm, invoice.amountRemaining(), invoice.currency,
                "Payment for Invoice " + invoice.number);
    }

    private static void markPaid(Invoice invoice) {
        invoice.amountPaid = invoice.total();
        invoice.status = "paid";
        invoice.paidAt = Ids.now();
    }

    private static long itemAmount(Params p, long quantity) {
        Long amount = p.longValue("amount");
        if (amount != null) {
            return amount;
        }
        String unit = p.text("unit_amount_decimal");
        if (unit == null) {
            throw StripeApiError.missingParam("amount");
        }
        try {
            return new BigDecimal(unit).multiply(BigDecimal.valueOf(quantity)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw StripeApiError.invalid("unit_amount_decimal", "Invalid decimal: " + unit);
        }
    }
}
