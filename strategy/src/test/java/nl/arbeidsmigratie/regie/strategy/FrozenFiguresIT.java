package nl.arbeidsmigratie.regie.strategy;

import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.AgreedShare;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareAgreements;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareTerms;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityChange;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.strategy.api.Comparison;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentVersions;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.FigureRow;
import nl.arbeidsmigratie.regie.strategy.api.FrozenFigures;
import nl.arbeidsmigratie.regie.strategy.api.NewDocument;
import nl.arbeidsmigratie.regie.strategy.api.SectionComparison;
import nl.arbeidsmigratie.regie.strategy.api.SectionFigures;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures frozen into a section from monitoring's api: stored as values with their reference date, the moment
 * they were known and their sources; a later correction or a move to another region changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FrozenFiguresIT {

    private static final String KATWIJK = "GM0537";
    /** A municipality outside any region. */
    private static final String AA_EN_HUNZE = "GM1680";

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(FrozenFiguresIT.class);
    }

    @Inject
    StrategyDocuments documents;

    @Inject
    SectionFigures figures;

    @Inject
    DocumentVersions versions;

    @Inject
    MunicipalCounts counts;

    @Inject
    HousingLocations locations;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    FairShareAgreements fairShares;

    @Inject
    StrategyFixture fixture;

    @Test
    void frozenFiguresKeepTheirValueAfterACorrectionAndAMoveToAnotherRegion() throws Exception {
        String officer = fixture.officerOf(KATWIJK).email();
        CountView count = TestCaller.as(COORDINATOR, () -> counts.record(new CountFigures(KATWIJK,
                LocalDate.of(2025, 6, 1), 1800, 300, null, 2500, 3100, "Gemeente Katwijk (test)", "BRP-telling",
                CountDefinition.LIVING_IN, 4, 12)));
        TestCaller.as(COORDINATOR, () -> counts.record(new CountFigures(KATWIJK, LocalDate.of(2022, 6, 1), null, null,
                4000, 4000, 4000, "Werkgevers Katwijk (test)", null, CountDefinition.WORKING_IN, 4, 12)));
        DocumentView draft = TestCaller.as(officer, () -> documents.create(new NewDocument(DocumentKind.VISION,
                "Visie Katwijk", KATWIJK, null, Set.of())));
        SectionView numbers = section(draft, LearningGoal.NUMBERS);

        SectionView frozen = TestCaller.as(officer, () -> figures.freeze(numbers.id(), numbers.version(),
                LocalDate.of(2025, 12, 31)));
        FrozenFigures kept = frozen.figures();
        assertThat(kept.referenceDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(kept.area()).isEqualTo("Katwijk");
        assertThat(kept.rows()).extracting(FigureRow::label, FigureRow::value, FigureRow::source).contains(
                Tuple.tuple("figures.count.registered-brp", "1800", "Gemeente Katwijk (test) (BRP-telling)"),
                Tuple.tuple("figures.count.estimate", "2500–3100", "Gemeente Katwijk (test) (BRP-telling)"),
                Tuple.tuple("figures.count.registration-rate", "68%–84%", "Gemeente Katwijk (test) (BRP-telling)"));
        // whom each count is about, the one of workers too, and how old that one was on the date asked for
        assertThat(kept.rows()).extracting(FigureRow::label, FigureRow::value).containsSubsequence(
                Tuple.tuple("figures.count.reference-date.living-in", "2025-06-01"),
                Tuple.tuple("figures.count.reference-date.working-in", "2022-06-01"),
                Tuple.tuple("figures.count.age", "3"),
                Tuple.tuple("figures.count.working", "4000"),
                Tuple.tuple("figures.count.estimate", "4000"));
        TestCaller.as(officer, () -> versions.save(draft.id(), "Met cijfers"));

        TestCaller.as(COORDINATOR, () -> counts.correct(count.id(), new CountFigures(KATWIJK, LocalDate.of(2025, 6, 1),
                2100, 300, null, 2500, 3100, "Gemeente Katwijk (herzien)", "BRP-telling", CountDefinition.LIVING_IN,
                4, 12), "Herziene telling"));
        MunicipalityView before = TestCaller.as(COORDINATOR, () -> directory.find(KATWIJK)).orElseThrow();
        try {
            TestCaller.as(COORDINATOR, () -> directory.change(new MunicipalityChange(KATWIJK, "Haaglanden", true,
                    null, null, before.version())));
            SectionView after = section(TestCaller.as(officer, () -> documents.find(draft.id())), LearningGoal.NUMBERS);
            assertThat(after.figures()).isEqualTo(kept);
            assertThat(TestCaller.as(officer, () -> versions.find(draft.id(), 1)).sections())
                    .filteredOn(s -> s.id() == numbers.id()).extracting(SectionView::figures).containsExactly(kept);
        } finally {
            MunicipalityView moved = TestCaller.as(COORDINATOR, () -> directory.find(KATWIJK)).orElseThrow();
            TestCaller.as(COORDINATOR, () -> directory.change(new MunicipalityChange(KATWIJK, before.region(), true,
                    null, null, moved.version())));
        }
        // frozen again now, the correction shows: the document changes only when an author asks for it
        SectionView refrozen = TestCaller.as(officer, () -> figures.freeze(numbers.id(), frozen.version(),
                LocalDate.of(2025, 12, 31)));
        assertThat(refrozen.figures().rows()).extracting(FigureRow::label, FigureRow::value)
                .contains(Tuple.tuple("figures.count.registered-brp", "2100"));
        // figures put in or refrozen are a change of the section between two versions, whatever its text
        TestCaller.as(officer, () -> versions.save(draft.id(), "Nieuwe cijfers"));
        Comparison compared = TestCaller.as(officer, () -> versions.compare(draft.id(), 1, 2));
        assertThat(compared.sections()).filteredOn(c -> c.sectionId() == numbers.id()).singleElement()
                .satisfies(c -> assertThat(c.changed()).isTrue())
                .satisfies(c -> assertThat(c.figuresChanged()).isTrue())
                .satisfies(c -> assertThat(c.figuresDateAfter()).as("frozen again, with this reference date")
                        .isEqualTo(LocalDate.of(2025, 12, 31)));
        assertThat(compared.sections()).filteredOn(c -> c.sectionId() != numbers.id())
                .noneMatch(SectionComparison::figuresChanged);
    }

    @Test
    void aDateWithoutFiguresOrAGoalWithoutFiguresInsertsNothing() throws Exception {
        String officer = fixture.officerOf(KATWIJK).email();
        DocumentView draft = TestCaller.as(officer, () -> documents.create(new NewDocument(DocumentKind.VISION,
                "Zonder cijfers", KATWIJK, null, Set.of())));
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        SectionView vision = section(draft, LearningGoal.ONE_VISION);
        TestCaller.as(officer, () -> {
            assertThatThrownBy(() -> figures.freeze(numbers.id(), numbers.version(), LocalDate.of(1990, 1, 1)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.figures.none"));
            assertThatThrownBy(() -> figures.freeze(vision.id(), vision.version(), LocalDate.of(2025, 1, 1)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.figures.none-for-goal"));
            assertThatThrownBy(() -> figures.freeze(numbers.id(), numbers.version(), LocalDate.now().plusDays(5)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.figures.future"));
            assertThatThrownBy(() -> figures.freeze(numbers.id(), numbers.version(), LocalDate.of(1800, 1, 1)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.count.reference-date.too-early"));
        });
        assertThat(section(TestCaller.as(officer, () -> documents.find(draft.id())), LearningGoal.NUMBERS))
                .isEqualTo(numbers);
    }

    @Test
    void aMunicipalityOutsideAnyRegionGetsBedsByHousingFormStayMixAndNormShare() throws Exception {
        TestCaller.as(COORDINATOR, () -> locations.register(new LocationDetails(AA_EN_HUNZE, "Pension De Hunze",
                new Address("Hoofdstraat", "1", "9461 AA", "Gieten"), null, null, null, HousingForm.HOTEL_PENSION,
                LocationStatus.ACTIVE, LocalDate.of(2020, 1, 1), null,
                new Facilities(20, null, null, null, null, null), null, StayFocus.LONG, null, null)));
        String officer = fixture.officerOf(AA_EN_HUNZE).email();
        DocumentView draft = TestCaller.as(officer, () -> documents.create(new NewDocument(DocumentKind.VISION,
                "Visie Aa en Hunze", AA_EN_HUNZE, null, Set.of())));
        LocalDate date = LocalDate.of(2025, 1, 1);

        SectionView forms = section(draft, LearningGoal.LOCATIONS);
        assertThat(TestCaller.as(officer, () -> figures.freeze(forms.id(), forms.version(), date)).figures().rows())
                .extracting(FigureRow::label, FigureRow::value)
                .containsExactly(Tuple.tuple("figures.beds.form.hotel-pension", "20"));
        SectionView stay = section(draft, LearningGoal.LONG_STAY);
        assertThat(TestCaller.as(officer, () -> figures.freeze(stay.id(), stay.version(), date)).figures().rows())
                .extracting(FigureRow::label, FigureRow::value)
                .containsExactly(Tuple.tuple("figures.beds.stay.long", "20"));
        SectionView rules = section(draft, LearningGoal.LOCAL_RULES);
        assertThat(TestCaller.as(officer, () -> figures.freeze(rules.id(), rules.version(), date)).figures().rows())
                .extracting(FigureRow::label, FigureRow::value)
                .containsExactly(Tuple.tuple("figures.area.norm-share", "0% (0/20)"));
    }

    @Test
    void regionalCooperationFreezesTheFairShareAgreedAgainstRealised() throws Exception {
        String pijnacker = "GM1926";
        String middenDelfland = "GM1842";
        TestCaller.as(COORDINATOR, () -> fairShares.create(new FairShareTerms("Haaglanden",
                "Taakstelling Haaglanden (test)", 6000, LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1),
                List.of(new AgreedShare(pijnacker, 300)), null)));
        TestCaller.as(COORDINATOR, () -> locations.register(new LocationDetails(pijnacker, "Units Nootdorp",
                new Address("Oostlaan", "2", "2631 AA", "Nootdorp"), null, null, null, HousingForm.HOUSING_UNITS,
                LocationStatus.ACTIVE, LocalDate.of(2020, 1, 1), null,
                new Facilities(40, null, null, null, null, null), null, StayFocus.SHORT, null, null)));
        LocalDate date = LocalDate.of(2025, 6, 30);
        String source = "Taakstelling Haaglanden (test) (Haaglanden, 01-01-2024, v1)";

        String named = fixture.officerOf(pijnacker).email();
        DocumentView own = TestCaller.as(named, () -> documents.create(new NewDocument(DocumentKind.VISION,
                "Visie Pijnacker-Nootdorp", pijnacker, null, Set.of())));
        SectionView cooperation = section(own, LearningGoal.REGIONAL_COOPERATION);
        assertThat(TestCaller.as(named, () -> figures.freeze(cooperation.id(), cooperation.version(), date))
                .figures().rows()).extracting(FigureRow::label, FigureRow::value, FigureRow::source).contains(
                Tuple.tuple("figures.fair-share.agreed", "300", source),
                Tuple.tuple("figures.fair-share.realised", "40", source));

        String other = fixture.officerOf(middenDelfland).email();
        DocumentView others = TestCaller.as(other, () -> documents.create(new NewDocument(DocumentKind.VISION,
                "Visie Midden-Delfland", middenDelfland, null, Set.of())));
        SectionView theirs = section(others, LearningGoal.REGIONAL_COOPERATION);
        assertThat(TestCaller.as(other, () -> figures.freeze(theirs.id(), theirs.version(), date)).figures().rows())
                .extracting(FigureRow::label, FigureRow::value).contains(
                        Tuple.tuple("figures.fair-share.agreed-others", "5700"));

        // the region's shortage sets its beds against the demand of the municipalities that estimated it, and says so
        TestCaller.as(COORDINATOR, () -> counts.record(new CountFigures(pijnacker, date.minusMonths(1), null, null,
                null, 500, 700, "Regionale test", null, CountDefinition.LIVING_IN, null, null)));
        DocumentView regional = TestCaller.as(named, () -> documents.create(new NewDocument(
                DocumentKind.REGIONAL_AGREEMENT, "Regionale afspraken (test)", null, "Haaglanden", Set.of())));
        SectionView together = section(regional, LearningGoal.REGIONAL_COOPERATION);
        assertThat(TestCaller.as(named, () -> figures.freeze(together.id(), together.version(), date)).figures()
                .rows()).extracting(FigureRow::label).contains("figures.area.beds", "figures.area.gap.estimated")
                .doesNotContain("figures.area.gap");
    }
}
