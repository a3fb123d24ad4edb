package nl.arbeidsmigratie.regie.web.registration;

/** A verification's outcome: {@code breach} and {@code reason} say how the chain was found broken. */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntry, String breach,
                                String reason) {
}
