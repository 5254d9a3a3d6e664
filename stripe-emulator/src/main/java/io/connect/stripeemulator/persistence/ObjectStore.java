package io.connect.stripeemulator.persistence;

import io.connect.stripeemulator.domain.StripeApiError;
import io.connect.stripeemulator.domain.StripeObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** In-memory stand-in for Stripe's own storage: every object by its id. */
@ApplicationScoped
public class ObjectStore {
    private final ConcurrentHashMap<String, StripeObject> objects = new ConcurrentHashMap<>();

    public <T extends StripeObject> T save(T object) {
        objects.put(object.id(), object);
        return object;
    }

    public Optional<StripeObject> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(objects.get(id));
    }

    public <T extends StripeObject> Optional<T> find(Class<T> type, String id) {
        return find(id).filter(type::isInstance).map(type::cast);
    }

    /** The object, or Stripe's 404 {@code resource_missing} naming the kind ("No such customer: 'cus_x'"). */
    public <T extends StripeObject> T require(Class<T> type, String id, String kind, String param) {
        return find(type, id).orElseThrow(() -> StripeApiError.noSuch(kind, id, param));
    }

    /** Objects of a type matching a filter, newest first (Stripe's list order). */
    public <T extends StripeObject> List<T> all(Class<T> type, Predicate<T> filter) {
        return objects.values().stream().filter(type::isInstance).map(type::cast).filter(filter)
                .sorted(Comparator.comparingLong(StripeObject::seq).reversed()).toList();
    }
}
