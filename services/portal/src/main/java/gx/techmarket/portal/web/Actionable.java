package gx.techmarket.portal.web;

import java.util.List;

/**
 * A service's view of one object with the actions the signed-in user may take on it now ({@code actions}: the last
 * path segment of each action's endpoint, {@code edit} for the editing PUT). The service computes them by its own
 * rules, so the portal shows a button exactly when its action is listed and never re-derives a rule from a status.
 */
public interface Actionable {

    List<String> actions();

    /** In templates: {@code {#if result.can('submit')}}. */
    default boolean can(String action) {
        return actions() != null && actions().contains(action);
    }
}
