package nl.arbeidsmigratie.regie.registration.api;

/**
 * A region was renamed. Other modules hold a region by its name (a fair-share agreement, a regional agreement's
 * document) and follow it to the new one. Fired inside the transaction of the change.
 */
public record RegionRenamed(long regionId, String formerName, String name) {
}
