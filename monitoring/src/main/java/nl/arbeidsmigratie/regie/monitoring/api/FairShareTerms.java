package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a region agreed: a total of places by a deadline and the shares of named municipalities. The
 * municipalities of the region not named share the remainder together ("the others"). {@code stayFocus} names the
 * places agreed (Haaglanden's 6,000 were short-stay places): what is realised is then the beds of locations meant for
 * that stay; none means every bed.
 */
public record FairShareTerms(String region, String title, Integer totalPlaces, LocalDate agreedOn,
                             LocalDate deadline, List<AgreedShare> shares, StayFocus stayFocus) implements Serializable {

    public FairShareTerms {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
