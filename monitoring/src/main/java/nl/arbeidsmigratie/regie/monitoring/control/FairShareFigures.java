package nl.arbeidsmigratie.regie.monitoring.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.api.AgreedShare;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareProgress;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareTerms;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareView;
import nl.arbeidsmigratie.regie.monitoring.api.ShareProgress;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;

/**
 * Fair-share agreements read for the dashboard: the agreements of a region with their shares in one statement,
 * and realised against agreed in one more ({@link RegionalFigures#bedsOn}). Plain JDBC, like the picture, so a
 * dashboard view stays within its statement budget and the benchmark runs the same code.
 */
public final class FairShareFigures {

    private static final String OF_REGION = """
            select v.agreement_id, v.version_no, v.title, v.total_places, v.agreed_on, v.deadline, v.recorded_at,
                   v.recorded_by, v.reason, v.stay_focus, trim(p.municipality_code) as code, p.places
            from monitoring.fair_share_version v
            join monitoring.fair_share_agreement a on a.id = v.agreement_id
            left join monitoring.fair_share_part p on p.version_id = v.id
            where a.region = ? and v.recorded_at <= ?
              and v.version_no = (select max(w.version_no) from monitoring.fair_share_version w
                                  where w.agreement_id = v.agreement_id and w.recorded_at <= ?)
            order by v.agreed_on desc, v.agreement_id, p.position""";

    private FairShareFigures() {
    }

    /** The agreements of {@code region} as known at {@code asOf}, latest agreement date first. */
    public static List<FairShareView> ofRegion(Connection connection, String region, Instant asOf) throws SQLException {
        Map<Long, FairShareView> views = new LinkedHashMap<>();
        Map<Long, List<AgreedShare>> shares = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(OF_REGION)) {
            s.setString(1, region);
            s.setTimestamp(2, Timestamp.from(asOf));
            s.setTimestamp(3, Timestamp.from(asOf));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong("agreement_id");
                    if (!views.containsKey(id)) {
                        views.put(id, new FairShareView(id, r.getInt("version_no"), new FairShareTerms(region,
                                r.getString("title"), r.getInt("total_places"), r.getDate("agreed_on").toLocalDate(),
                                r.getDate("deadline").toLocalDate(), List.of(), r.getString("stay_focus") == null
                                ? null : StayFocus.valueOf(r.getString("stay_focus"))), 0,
                                r.getTimestamp("recorded_at").toInstant(), r.getString("recorded_by"), r.getString("reason")));
                        shares.put(id, new ArrayList<>());
                    }
                    if (r.getString("code") != null) {
                        shares.get(id).add(new AgreedShare(r.getString("code"), r.getInt("places")));
                    }
                }
            }
        }
        return views.values().stream().map(v -> withShares(v, shares.get(v.agreementId()))).toList();
    }

    private static FairShareView withShares(FairShareView v, List<AgreedShare> shares) {
        FairShareTerms t = v.terms();
        return new FairShareView(v.agreementId(), v.versionNo(), new FairShareTerms(t.region(), t.title(),
                t.totalPlaces(), t.agreedOn(), t.deadline(), shares, t.stayFocus()),
                t.totalPlaces() - shares.stream().mapToInt(AgreedShare::places).sum(), v.recordedAt(), v.recordedBy(),
                v.reason());
    }

    /**
     * Realised against agreed: beds in active locations on each anniversary of the agreement before {@code date}
     * and on {@code date}, per named municipality and for the others of the region ({@code members}, code to
     * name) together; as known now ({@code now}, asOf being the clock's instant) from the current state. A named
     * municipality that has left the region since keeps its row, named as the register ({@code names}) names it.
     */
    public static FairShareProgress progress(Connection connection, FairShareView agreement, Map<String, String> members,
                                             Map<String, String> names, LocalDate date, Instant asOf, boolean now)
            throws SQLException {
        List<LocalDate> moments = new ArrayList<>();
        for (LocalDate d = agreement.terms().agreedOn(); d.isBefore(date); d = d.plusYears(1)) {
            moments.add(d);
        }
        moments.add(date);
        Set<String> named = agreement.terms().shares().stream().map(AgreedShare::municipalityCode)
                .collect(Collectors.toSet());
        Set<String> counted = new HashSet<>(members.keySet());
        counted.addAll(named);
        Map<LocalDate, Map<String, Integer>> beds = RegionalFigures.bedsOn(connection, counted, moments,
                agreement.terms().stayFocus(), asOf, now);
        List<ShareProgress> rows = new ArrayList<>();
        for (AgreedShare share : agreement.terms().shares()) {
            rows.add(new ShareProgress(share.municipalityCode(),
                    names.getOrDefault(share.municipalityCode(), share.municipalityCode()), share.places(),
                    moments.stream().map(d -> beds.getOrDefault(d, Map.of()).getOrDefault(share.municipalityCode(), 0))
                            .toList()));
        }
        Set<String> others = members.keySet().stream().filter(c -> !named.contains(c)).collect(Collectors.toSet());
        if (!others.isEmpty() || agreement.remainder() > 0) {
            rows.add(new ShareProgress(null, null, agreement.remainder(), moments.stream()
                    .map(d -> others.stream().mapToInt(c -> beds.getOrDefault(d, Map.of()).getOrDefault(c, 0)).sum())
                    .toList()));
        }
        return new FairShareProgress(agreement, asOf, moments, rows);
    }
}
