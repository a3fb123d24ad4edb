package nl.arbeidsmigratie.regie.monitoring.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.arbeidsmigratie.regie.monitoring.api.StayThresholds;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;

/**
 * What checking the rows of one file needs besides the row: today, who may write which municipality (asked once
 * per municipality), the live locations by BAG id, and the keys seen so far, so a key twice in a file is refused.
 */
public final class ImportContext {

    private final LocalDate today;
    private final Function<String, RuntimeException> access;
    private final BiConsumer<String, String> bagIdCheck;
    private final Set<String> bagPrefixesAllowed = new HashSet<>();
    private final LiveLocations live;
    private final Map<String, StayThresholds> stayThresholds;
    private final Map<String, Optional<RuntimeException>> accessByMunicipality = new HashMap<>();
    private final Map<String, Long> keys = new HashMap<>();
    private final Set<String> mentioned = new HashSet<>();
    private final FirstLines numericKeys = new FirstLines();
    private long line;

    /**
     * {@code access} answers a refusal for a municipality the caller may not write, or null; {@code bagIdCheck}
     * refuses a BAG id the caller may not give a municipality's location (see
     * {@link MonitoringAccess#requireBagIdOf}).
     */
    public ImportContext(LocalDate today, Function<String, RuntimeException> access,
                         BiConsumer<String, String> bagIdCheck, LiveLocations live,
                         Map<String, StayThresholds> stayThresholds) {
        this.today = today;
        this.access = access;
        this.bagIdCheck = bagIdCheck;
        this.live = live;
        this.stayThresholds = stayThresholds;
    }

    /** The stay thresholds in force in the municipality, which its new counts that name none are recorded with. */
    public StayThresholds stayThresholdsOf(String municipalityCode) {
        return stayThresholds.getOrDefault(municipalityCode, StayThresholds.defaultOf(municipalityCode));
    }

    /** Refuses a BAG id that lies in another municipality than the row's, as the facade does; asked once a prefix. */
    public void requireBagIdOf(String municipalityCode, String bagId) {
        if (bagId != null && bagId.length() >= 4 && bagPrefixesAllowed.add(municipalityCode + '|' + bagId.substring(0, 4))) {
            try {
                bagIdCheck.accept(municipalityCode, bagId);
            } catch (InvalidInputException refused) {
                bagPrefixesAllowed.remove(municipalityCode + '|' + bagId.substring(0, 4));
                throw refused;
            }
        }
    }

    public LocalDate today() {
        return today;
    }

    public void mayWrite(String municipalityCode, String column) {
        if (refused(municipalityCode)) {
            throw new InvalidInputException(column, "import.forbidden",
                    "you may not record data of " + municipalityCode);
        }
    }

    private boolean refused(String municipalityCode) {
        // Optional, because a map does not keep the null that means "allowed"; asked once per municipality
        return accessByMunicipality.computeIfAbsent(municipalityCode,
                code -> Optional.ofNullable(access.apply(code))).isPresent();
    }

    /**
     * The one live location with this BAG id, of a municipality the caller may write: another municipality's is
     * refused exactly as an unknown one, so an import cannot tell which addresses hold a location, or whose.
     */
    public LiveLocation writableLocation(String bagId, String column) {
        LiveLocation location = location(bagId, column);
        if (refused(location.municipalityCode())) {
            throw unknownLocation(bagId, column);
        }
        return location;
    }

    /** The municipalities rows were checked for so far, and those refused rows named. */
    public Set<String> municipalities() {
        Set<String> all = new TreeSet<>(accessByMunicipality.keySet());
        all.addAll(mentioned);
        return Collections.unmodifiableSet(all);
    }

    /**
     * Notes the municipality a refused row names, by its code or its location's BAG id: the row failed before it was
     * checked for one, yet its file's report is about that municipality too.
     */
    public void mentionedIn(String municipalityCode, String bagId) {
        String code = MunicipalityCodes.normalised(municipalityCode);
        if (MunicipalityCodes.wellFormed(code)) {
            mentioned.add(code);
        }
        if (bagId != null) {
            live.byBagId.getOrDefault(bagId.strip(), List.of()).forEach(l -> mentioned.add(l.municipalityCode()));
        }
    }

    /** The one live location with this BAG id, refusing an unknown or ambiguous one. */
    public LiveLocation location(String bagId, String column) {
        List<LiveLocation> found = live.byBagId.getOrDefault(bagId, List.of());
        if (found.isEmpty()) {
            throw unknownLocation(bagId, column);
        }
        if (found.size() > 1) {
            throw new InvalidInputException(column, "import.location.ambiguous",
                    found.size() + " locations have BAG id " + bagId);
        }
        return found.get(0);
    }

    private static InvalidInputException unknownLocation(String bagId, String column) {
        return new InvalidInputException(column, "import.location.unknown", "no location with BAG id " + bagId);
    }

    public List<LiveLocation> locations(String bagId) {
        return live.byBagId.getOrDefault(bagId, List.of());
    }

    /**
     * The live locations without a BAG id with this name (as the file writes it, any case), of a municipality or,
     * when {@code municipalityCode} is null, of any.
     */
    public List<LiveLocation> unnumbered(String municipalityCode, String name) {
        return live.unnumbered.getOrDefault(FreeText.compared(name), List.of()).stream()
                .filter(l -> municipalityCode == null || l.municipalityCode().equals(municipalityCode)).toList();
    }

    /**
     * The one live location without a BAG id called {@code name} (any case) of a municipality the caller may write,
     * of {@code municipalityCode} when the row names one: another municipality's is refused as an unknown one.
     */
    public LiveLocation writableUnnumbered(String municipalityCode, String name, String column) {
        List<LiveLocation> found = unnumbered(municipalityCode, name).stream()
                .filter(l -> !refused(l.municipalityCode())).toList();
        if (found.isEmpty()) {
            throw new InvalidInputException(column, "import.location.unnumbered-unknown",
                    "no location without BAG id is called " + name, name);
        }
        if (found.size() > 1) {
            throw new InvalidInputException(column, "import.location.unnumbered-ambiguous",
                    found.size() + " locations without BAG id are called " + name);
        }
        return found.get(0);
    }

    /** The line of the file whose row is read now, which {@link #once} names when a later row repeats its key. */
    public void at(long line) {
        this.line = line;
    }

    /**
     * Refuses a key that came on an earlier line of the file, naming that line; {@code messageKey}'s message says
     * what the key is made of (a location's BAG id; a municipality, date, definition and source), which the reader
     * knows by its columns.
     */
    public void once(String key, String column, String messageKey) {
        Long earlier = keys.putIfAbsent(key, line);
        if (earlier != null) {
            throw duplicate(column, messageKey, key, earlier);
        }
    }

    /** {@link #once(String, String, String)} for many keys: compact, so a file of millions of rows fits in memory. */
    public void once(long key, String column, String messageKey, String shown) {
        long earlier = numericKeys.putIfAbsent(key, line);
        if (earlier >= 0) {
            throw duplicate(column, messageKey, shown, earlier);
        }
    }

    private static InvalidInputException duplicate(String column, String messageKey, String key, long earlier) {
        return new InvalidInputException(column, messageKey,
                "this key came earlier in the file, on line " + earlier + ": " + key, earlier);
    }

    /** A location that exists and is not marked as an error, as import rows refer to it, with its status and dates. */
    public record LiveLocation(long id, String municipalityCode, String name, LocationRules.Lifetime lifetime) {
    }

    /** The live locations: by BAG id, and those without one by name. */
    public static final class LiveLocations {
        private final Map<String, List<LiveLocation>> byBagId = new HashMap<>();
        private final Map<String, List<LiveLocation>> unnumbered = new HashMap<>();

        public void add(String bagId, String name, LiveLocation location) {
            if (bagId != null) {
                byBagId.computeIfAbsent(bagId, k -> new ArrayList<>()).add(location);
            } else {
                unnumbered.computeIfAbsent(FreeText.compared(name), k -> new ArrayList<>()).add(location);
            }
        }
    }

    /** Because the access answer is memoised per municipality, a refusal must be an exception value, not thrown. */
    static RuntimeException refusalOf(Runnable check) {
        try {
            check.run();
            return null;
        } catch (AccessRefusedException e) {
            return e;
        }
    }
}
