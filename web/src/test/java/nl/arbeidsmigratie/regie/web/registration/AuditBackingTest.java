package nl.arbeidsmigratie.regie.web.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AuditFilter;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import org.junit.jupiter.api.Test;

/** The audit trail's actions in words, as the page shows them in Dutch and English. */
class AuditBackingTest {

    private static final ResourceBundle DUTCH = ResourceBundle.getBundle(MessageTexts.BUNDLE, Locale.forLanguageTag("nl"));
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(MessageTexts.BUNDLE, Locale.ENGLISH);

    @Test
    void anActionIsItsModuleOrRecordAndWhatWasDone() {
        assertThat(AuditBacking.action("enrolment.withdrawn", DUTCH)).isEqualTo("Aanmelding leerkring · ingetrokken");
        assertThat(AuditBacking.action("strategy.section.added", DUTCH)).isEqualTo("Strategie · Hoofdstuk · toegevoegd");
        assertThat(AuditBacking.action("strategy.section.added", ENGLISH)).isEqualTo("Strategy · Chapter · added");
        assertThat(AuditBacking.action("sessions.poll.guest-invited", DUTCH))
                .isEqualTo("Bijeenkomsten · Datumprikker · gast uitgenodigd");
        // every step of an issue reads alike
        assertThat(AuditBacking.action("newsletter.issue.sent", DUTCH)).isEqualTo("Nieuwsbrief · Uitgave · verstuurd");
        assertThat(AuditBacking.action("newsletter.issue.drafted", DUTCH)).isEqualTo("Nieuwsbrief · Uitgave · opgesteld");
        assertThat(AuditBacking.action("audit.verified", ENGLISH)).isEqualTo("Audit trail · verified");
    }

    @Test
    void eachWordOfTheTextIsFoundAlsoInTheWordsThePageShowsForKindsAndActions() {
        assertThat(AuditBacking.mentions("GM1783", " Strategie  ingetrokken Westland ", DUTCH)).containsExactly(
                AuditFilter.Mention.of("GM1783"),
                new AuditFilter.Mention("Strategie", Set.of("strategy", "strategy-document", "strategy-template"), Set.of()),
                new AuditFilter.Mention("ingetrokken", Set.of(), Set.of("withdrawn", "revoked", "guest-withdrawn")),
                AuditFilter.Mention.of("Westland"));
        assertThat(AuditBacking.mentions(null, "chapter", ENGLISH)).last()
                .isEqualTo(new AuditFilter.Mention("chapter", Set.of("section"), Set.of()));
        assertThat(AuditBacking.mentions(null, null, DUTCH)).containsExactly(AuditFilter.Mention.of(""));
        // a value copied from the page finds it as stored
        assertThat(AuditBacking.mentions(null, "7.777 01-10-2026 1 2026", DUTCH)).extracting(AuditFilter.Mention::stored)
                .containsExactly(Set.of(), Set.of("7777"), Set.of("2026-10-01"), Set.of(), Set.of());
    }

    @Test
    void anActionTheBundleDoesNotKnowIsShownAsItIs() {
        assertThat(AuditBacking.action("later.something-new", DUTCH)).isEqualTo("later · something new");
        assertThat(AuditBacking.action("plain", DUTCH)).isEqualTo("plain");
    }

    @Test
    void aRecordIsItsKindAndItsKeyWithTheKindsOwnWordsForItsParts() {
        assertThat(AuditBacking.target("import:OCCUPANCY:6a20e4c1", DUTCH)).isEqualTo("Import · Bezetting · 6a20e4c1");
        assertThat(AuditBacking.target("import:COUNTS:6a20e4c1", ENGLISH)).isEqualTo("Import · Counts · 6a20e4c1");
        assertThat(AuditBacking.target("plain", DUTCH)).isEqualTo("plain");
    }

    @Test
    void aRecordsNameAndAddressComeFirstInTheOrderTheyAreWrittenThenTheRestAsStored() {
        assertThat(AuditBacking.readingOrder(List.of("address.houseNumber", "address.place", "address.postcode",
                "address.street", "bagId", "beds", "certification", "municipalityCode", "name", "openedOn")))
                .containsExactly("name", "municipalityCode", "address.street", "address.houseNumber",
                        "address.postcode", "address.place", "bagId", "beds", "certification", "openedOn");
    }
}
