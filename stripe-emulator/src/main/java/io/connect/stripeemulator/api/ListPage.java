package io.connect.stripeemulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.stripeemulator.domain.Json;
import io.connect.stripeemulator.domain.Params;
import io.connect.stripeemulator.domain.StripeApiError;
import io.connect.stripeemulator.domain.StripeObject;
import java.util.List;

/** A Stripe list page {object: "list", data, has_more, url} with limit / starting_after / ending_before cursors. */
final class ListPage {

    private ListPage() {
    }

    static ObjectNode of(String url, List<? extends StripeObject> newestFirst, Params p) {
        Long limitParam = p.longValue("limit");
        long limit = limitParam == null ? 10 : limitParam;
        if (limit < 1 || limit > 100) {
            throw StripeApiError.invalid("limit", "Invalid limit: must be between 1 and 100");
        }
        String after = p.text("starting_after");
        String before = p.text("ending_before");
        int from = 0;
        int to = newestFirst.size();
        if (after != null) {
            from = indexOf(newestFirst, after, "starting_after") + 1;
        } else if (before != null) {
            to = indexOf(newestFirst, before, "ending_before");
            from = (int) Math.max(0, to - limit);
        }
        int end = (int) Math.min(to, from + limit);
        boolean hasMore = before != null ? from > 0 : end < to;
        ArrayNode data = Json.arr();
        newestFirst.subList(from, end).forEach(o -> data.add(o.toJson()));
        ObjectNode page = Json.obj().put("object", "list");
        page.set("data", data);
        page.put("has_more", hasMore).put("url", url);
        return page;
    }

    private static int indexOf(List<? extends StripeObject> items, String id, String param) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        throw StripeApiError.noSuch("object", id, param);
    }
}
