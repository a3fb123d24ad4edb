package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a region agreed: a total of places by a deadline and the shares of named municipalities. The
 * municipalities of the region not named share the remainder together ("the others").
 */
public record FairShareTerms(String region, String title, Integer totalPlaces, LocalDate agreedOn,
                             LocalDate deadline, List<AgreedShare> shares) implements Serializable {

    public FairShareTerms {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
