package nl.arbeidsmigratie.regie.monitoring.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.monitoring.api.AgreedShare;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareTerms;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;

/** What the terms of a fair-share agreement must satisfy before they are recorded. */
public final class FairShareRules {

    private static final int LONGEST_TITLE = 200;

    private FairShareRules() {
    }

    /**
     * The terms as they are stored: shares without places are left out (those municipalities belong to the
     * others), the rest checked against the region's members.
     */
    public static FairShareTerms checked(FairShareTerms terms, Set<String> members) {
        InputChecks checks = new InputChecks();
        checks.check(() -> {
            if (FreeText.blank(terms.title())) {
                throw new InvalidInputException("title", "error.fairshare.title.required",
                        "an agreement needs a title");
            }
            if (terms.title().length() > LONGEST_TITLE) {
                throw new TextTooLongException("title", LONGEST_TITLE);
            }
            FreeText.line("title", terms.title());
        });
        checks.require(terms.totalPlaces() != null && terms.totalPlaces() > 0, "totalPlaces", "error.fairshare.total",
                "the agreed total is a positive number of places");
        checks.require(terms.agreedOn() != null, "agreedOn", "error.fairshare.agreed-on.required",
                "when was it agreed");
        checks.require(terms.deadline() != null, "deadline", "error.fairshare.deadline.required",
                "an agreement has a deadline");
        checks.require(terms.agreedOn() == null || terms.deadline() == null
                        || !terms.deadline().isBefore(terms.agreedOn()), "deadline", "error.fairshare.deadline.before",
                "the deadline lies before the agreement");
        // the shares are weighed against the total only once the total itself is a number of places
        checks.refuseIfBroken();
        List<AgreedShare> named = terms.shares().stream().filter(s -> s.places() != null)
                .map(s -> new AgreedShare(s.municipalityCode() == null ? null : s.municipalityCode().strip(), s.places()))
                .toList();
        Set<String> seen = new HashSet<>();
        for (AgreedShare share : named) {
            if (share.municipalityCode() == null || !members.contains(share.municipalityCode())) {
                throw new InvalidInputException("shares", "error.fairshare.municipality",
                        share.municipalityCode() + " is not a municipality of " + terms.region());
            }
            if (!seen.add(share.municipalityCode())) {
                throw new InvalidInputException("shares", "error.fairshare.duplicate",
                        share.municipalityCode() + " has two shares");
            }
            if (share.places() < 0) {
                throw new InvalidInputException("shares", "error.fairshare.negative", "a share cannot be negative");
            }
        }
        long shared = named.stream().mapToLong(AgreedShare::places).sum();
        if (shared > terms.totalPlaces()) {
            throw new InvalidInputException("shares", "error.fairshare.exceeds",
                    "the shares add up to more than the agreed total");
        }
        // places left over are "the other municipalities together": with every municipality named there are none
        if (shared < terms.totalPlaces() && seen.containsAll(members)) {
            throw new InvalidInputException("shares", "error.fairshare.unassigned",
                    "every municipality has a share, and they add up to less than the agreed total");
        }
        return new FairShareTerms(terms.region(), FreeText.spaced(terms.title()), terms.totalPlaces(), terms.agreedOn(),
                terms.deadline(), named, terms.stayFocus());
    }
}
