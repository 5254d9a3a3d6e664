package io.connect.user.domain;

/**
 * A partial update: a field is changed only when the client sent it ({@code *Set}), possibly as null.
 */
public record UserChanges(boolean emailSet, String email,
                          boolean localeSet, String locale,
                          boolean externalIdSet, String externalId) {
}
