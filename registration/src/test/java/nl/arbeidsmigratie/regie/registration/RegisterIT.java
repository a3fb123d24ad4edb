package nl.arbeidsmigratie.regie.registration;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditFilter;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import nl.arbeidsmigratie.regie.registration.api.ContactDetails;
import nl.arbeidsmigratie.regie.registration.api.ContactView;
import nl.arbeidsmigratie.regie.registration.api.MembershipView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityChange;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalitySort;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.NewAccount;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.registration.api.RegionAdministration;
import nl.arbeidsmigratie.regie.registration.api.RegionView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.registration.api.VerificationRun;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The coordinator's register: regions and their history, municipality status, contacts, export, audit. */
@ExtendWith(ArquillianExtension.class)
class RegisterIT {

    private static final String COORDINATOR = DEMO_COORDINATOR.email();

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(RegisterIT.class);
    }

    @Inject
    MunicipalityDirectory directory;

    @Inject
    RegionAdministration regions;

    @Inject
    AuditReview auditReview;

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Resource
    ManagedExecutorService executor;

    @Test
    void movingAMunicipalityKeepsTheHistoryOfItsRegionsAndIsAudited() throws Exception {
        TestCaller.as(COORDINATOR, () -> {
            MunicipalityView wassenaar = directory.find("GM0629").orElseThrow();
            assertThat(wassenaar.region()).isEqualTo("Haaglanden");
            try {
                MunicipalityView moved = directory.change(new MunicipalityChange("GM0629", "Holland Rijnland", true,
                        null, null, wassenaar.version()));
                assertThat(moved.region()).isEqualTo("Holland Rijnland");
                List<MembershipView> history = directory.regionHistory("GM0629");
                assertThat(history).extracting(MembershipView::region).containsExactly("Haaglanden", "Holland Rijnland");
                assertThat(history.get(0).until()).isNotNull();
                assertThat(history.get(1).until()).isNull();
                assertThat(history.get(1).recordedBy()).isEqualTo(COORDINATOR);

                assertThat(auditReview.entries("municipality:GM0629", 0, 1).items())
                        .extracting(AuditEntryView::action).containsExactly("municipality.changed");
                long entries = auditReview.entries("municipality:GM0629", 0, 1).total();
                MunicipalityView unchanged = directory.change(new MunicipalityChange("GM0629", "Holland Rijnland",
                        true, null, null, moved.version()));
                assertThat(auditReview.entries("municipality:GM0629", 0, 1).total())
                        .as("a save that changed nothing writes nothing to the trail").isEqualTo(entries);
                assertThat(unchanged.version()).isEqualTo(moved.version());

                assertThatThrownBy(() -> directory.change(new MunicipalityChange("GM0629", "Haaglanden", true, null,
                        null, wassenaar.version()))).isInstanceOf(ConcurrentChangeException.class);
                assertThatThrownBy(() -> directory.change(new MunicipalityChange("GM0629", "Nergensland", true, null,
                        null, moved.version())))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("region"));
                assertThat(directory.find("GM0629").orElseThrow()).isEqualTo(moved);
                // Amsterdam lies in another province than Haaglanden's municipalities
                MunicipalityView amsterdam = directory.find("GM0363").orElseThrow();
                assertThatThrownBy(() -> directory.change(new MunicipalityChange("GM0363", "Haaglanden", true, null,
                        null, amsterdam.version())))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.messageKey()).isEqualTo("error.region.other-province");
                            assertThat(e.arguments()).containsExactly("Amsterdam", "Haaglanden");
                        });
                assertThat(directory.find("GM0363").orElseThrow().region()).isNull();
            } finally {
                MunicipalityView current = directory.find("GM0629").orElseThrow();
                directory.change(new MunicipalityChange("GM0629", "Haaglanden", true, null, null, current.version()));
            }
            return null;
        });
    }

    @Test
    void aMergedMunicipalityIsInactiveWithItsSuccessor() throws Exception {
        TestCaller.as(COORDINATOR, () -> {
            MunicipalityView schiedam = directory.find("GM0606").orElseThrow();
            try {
                assertThatThrownBy(() -> directory.change(new MunicipalityChange("GM0606", schiedam.region(), false,
                        null, LocalDate.of(2023, 1, 1), schiedam.version())))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.field()).isEqualTo("successor"));
                assertThatThrownBy(() -> directory.change(new MunicipalityChange("GM0606", schiedam.region(), false,
                        "GM0606", LocalDate.of(2023, 1, 1), schiedam.version())))
                        .isInstanceOf(InvalidInputException.class);
                assertThatThrownBy(() -> directory.change(new MunicipalityChange("GM0606", schiedam.region(), false,
                        "GM0599", LocalDate.now().plusDays(3), schiedam.version())))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.field()).isEqualTo("inactiveSince"));

                MunicipalityView merged = directory.change(new MunicipalityChange("GM0606", schiedam.region(), false,
                        "GM0599", LocalDate.of(2023, 1, 1), schiedam.version()));
                assertThat(merged.active()).isFalse();
                assertThat(merged.successorName()).isEqualTo("Rotterdam");
                assertThat(merged.inactiveSince()).isEqualTo(LocalDate.of(2023, 1, 1));
                // a new officer is one of the successor's
                assertThatThrownBy(() -> administration.create(new NewAccount("schiedam-" + System.nanoTime()
                        + "@test.example", "Ambtenaar Schiedam", Role.OFFICER, "GM0606", "nl")))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.messageKey()).isEqualTo("error.municipality.merged");
                            assertThat(e.arguments()).containsExactly("Schiedam", "Rotterdam");
                        });
            } finally {
                MunicipalityView current = directory.find("GM0606").orElseThrow();
                directory.change(new MunicipalityChange("GM0606", current.region(), true, null, null, current.version()));
            }
            return null;
        });
    }

    @Test
    void coordinatorsKeepContactPersonsAndBadDetailsChangeNothing() throws Exception {
        TestCaller.as(COORDINATOR, () -> {
            // pasted with a tab and a non-breaking space: stored with one plain space between the words
            MunicipalityView katwijk = directory.addContact("GM0537", new ContactDetails(" Anna\tde\u00A0Vries",
                    "Beleidsadviseur  wonen", PolicyField.HOUSING, "a.devries@katwijk.example", "071 406 5000"));
            ContactView anna = katwijk.contacts().stream().filter(c -> c.name().equals("Anna de Vries"))
                    .findFirst().orElseThrow();
            try {
                assertThat(anna.policyField()).isEqualTo(PolicyField.HOUSING);
                assertThat(anna.function()).isEqualTo("Beleidsadviseur wonen");
                assertThatThrownBy(() -> directory.addContact("GM0537", new ContactDetails(" ", null, null, null, null)))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
                assertThatThrownBy(() -> directory.changeContact("GM0537", anna.id(), anna.version(),
                        new ContactDetails("Anna de Vries", null, PolicyField.HOUSING, "geen-adres", null)))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
                assertThatThrownBy(() -> directory.changeContact("GM0537", anna.id(), anna.version(),
                        new ContactDetails("Anna de Vries", null, PolicyField.HOUSING, null, "bel me")))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("phone"));
                assertThat(directory.find("GM0537").orElseThrow().contacts()).contains(anna);

                MunicipalityView changed = directory.changeContact("GM0537", anna.id(), anna.version(),
                        new ContactDetails("Anna de Vries", "Teamleider", PolicyField.ENFORCEMENT, null, null));
                assertThat(changed.contacts()).anySatisfy(c -> assertThat(c.function()).isEqualTo("Teamleider"));
                assertThatThrownBy(() -> directory.changeContact("GM0537", anna.id(), anna.version(),
                        new ContactDetails("Anna", null, null, null, null))).isInstanceOf(ConcurrentChangeException.class);
            } finally {
                directory.removeContact("GM0537", anna.id());
            }
            assertThat(directory.find("GM0537").orElseThrow().contacts()).extracting(ContactView::name)
                    .doesNotContain("Anna de Vries");
            return null;
        });
    }

    @Test
    void regionsAreCreatedRenamedAndMergedByCoordinatorsOnly() throws Exception {
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> regions.create("Westland Plus"))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> regions.create("haaglanden"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
            assertThatThrownBy(() -> regions.create("  ")).isInstanceOf(InvalidInputException.class);

            RegionView created = regions.create("Testregio " + System.nanoTime());
            assertThat(created.removable()).isTrue();
            regions.rename(created.id(), created.version(), created.name() + " Zuid");
            RegionView renamed = regions.overview().stream().filter(r -> r.id() == created.id()).findFirst().orElseThrow();
            assertThat(renamed.name()).endsWith(" Zuid");

            MunicipalityView zoeterwoude = directory.find("GM0638").orElseThrow();
            String originalRegion = zoeterwoude.region();
            directory.change(new MunicipalityChange("GM0638", renamed.name(), true, null, null, zoeterwoude.version()));

            RegionView target = regions.overview().stream().filter(r -> r.name().equals(originalRegion))
                    .findFirst().orElseThrow();
            assertThatThrownBy(() -> regions.merge(created.id(), created.id())).isInstanceOf(InvalidInputException.class);
            // a region of municipalities outside Zuid-Holland does not merge into one of Zuid-Holland
            RegionView elsewhere = regions.create("Elders " + System.nanoTime());
            MunicipalityView amsterdam = directory.find("GM0363").orElseThrow();
            directory.change(new MunicipalityChange("GM0363", elsewhere.name(), true, null, null,
                    amsterdam.version()));
            try {
                assertThatThrownBy(() -> regions.merge(elsewhere.id(), target.id()))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.messageKey()).isEqualTo("error.region.merge.other-province");
                            assertThat(e.arguments()).containsExactly(elsewhere.name(), originalRegion);
                        });
                assertThat(directory.find("GM0363").orElseThrow().region()).isEqualTo(elsewhere.name());
            } finally {
                MunicipalityView moved = directory.find("GM0363").orElseThrow();
                directory.change(new MunicipalityChange("GM0363", null, true, null, null, moved.version()));
                // emptied, it merges anywhere: retired, it is no region of the register any more
                regions.merge(elsewhere.id(), target.id());
            }
            // once a municipality's region, it stays for their history: merged, not removed
            RegionView current = regions.overview().stream().filter(r -> r.id() == created.id()).findFirst()
                    .orElseThrow();
            assertThat(current.removable()).as("its history names it, so the page offers no removal").isFalse();
            assertThatThrownBy(() -> regions.remove(current.id(), current.version()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.region.remove.history"));
            regions.merge(created.id(), target.id());

            assertThat(regions.overview()).extracting(RegionView::name).doesNotContain(renamed.name());
            // the audit trail says where it went, with its municipalities by name, and its name unchanged
            AuditEntryView merged = auditReview.entries("region:" + created.id(), 0, 1).items().get(0);
            assertThat(merged.action()).isEqualTo("region.merged");
            assertThat(merged.before()).contains(renamed.name());
            assertThat(merged.after()).contains(renamed.name(), originalRegion, "Zoeterwoude (GM0638)");
            // its name stays its own in the history: a new region is told so, naming where it went
            assertThatThrownBy(() -> regions.create(renamed.name()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.region.name.merged");
                        assertThat(e.arguments()).containsExactly(renamed.name(), originalRegion);
                    });
            assertThat(directory.find("GM0638").orElseThrow().region()).isEqualTo(originalRegion);
            assertThat(directory.regionHistory("GM0638")).extracting(MembershipView::region)
                    .endsWith(renamed.name(), originalRegion);
            return null;
        });
    }

    @Test
    void aRegionAddedByMistakeIsRemovedByACoordinator() throws Exception {
        RegionView mistake = TestCaller.as(COORDINATOR, () -> regions.create("Vergissing " + System.nanoTime()));
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> regions.remove(mistake.id(),
                mistake.version())).isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> regions.remove(mistake.id(), mistake.version() + 1))
                    .isInstanceOf(ConcurrentChangeException.class);
            regions.remove(mistake.id(), mistake.version());
            assertThat(regions.overview()).extracting(RegionView::id).doesNotContain(mistake.id());
            assertThatThrownBy(() -> regions.remove(mistake.id(), mistake.version()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.region.unknown"));
            // the name is free again
            RegionView again = regions.create(mistake.name());
            // made by mistake too, it is removed, not merged: merged, it would pin the other region for good
            RegionView other = regions.create("Andere " + System.nanoTime());
            assertThatThrownBy(() -> regions.merge(again.id(), other.id()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.region.merge.empty");
                        assertThat(e.arguments()).containsExactly(again.name());
                    });
            regions.remove(again.id(), again.version());
            regions.remove(other.id(), other.version());
            return null;
        });
    }

    @Test
    void twoMergersSavedTogetherIntoEachOtherMakeNoCycle() throws Exception {
        String zoeterwoude = "GM0638";
        String voorschoten = "GM0626";
        Map<String, String> into = Map.of(zoeterwoude, voorschoten, voorschoten, zoeterwoude);
        Map<String, MunicipalityView> before = TestCaller.as(COORDINATOR, () -> Map.of(
                zoeterwoude, directory.find(zoeterwoude).orElseThrow(),
                voorschoten, directory.find(voorschoten).orElseThrow()));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> racing = new ArrayList<>();
        for (String code : into.keySet()) {
            racing.add(executor.submit(() -> {
                start.await();
                try {
                    TestCaller.as(COORDINATOR, () -> directory.change(new MunicipalityChange(code,
                            before.get(code).region(), false, into.get(code), LocalDate.of(2026, 1, 1),
                            before.get(code).version())));
                    return true;
                } catch (InvalidInputException refused) {
                    assertThat(refused.field()).isEqualTo("successor");
                    return false;
                }
            }));
        }
        start.countDown();
        try {
            List<Boolean> merged = new ArrayList<>();
            for (Future<Boolean> result : racing) {
                merged.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(merged).as("the second sees the first, whose successor is merged already")
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            TestCaller.as(COORDINATOR, () -> {
                for (String code : into.keySet()) {
                    MunicipalityView now = directory.find(code).orElseThrow();
                    if (!now.active()) {
                        directory.change(new MunicipalityChange(code, now.region(), true, null, null, now.version()));
                    }
                }
                return null;
            });
        }
    }

    @Test
    void theRegisterExportsAsCsvWithTheCurrentFilter() throws Exception {
        String csv = TestCaller.as(DEMO_AUDITOR.email(), () ->
                directory.exportCsv(MunicipalityQuery.all().inRegion("Haaglanden")));
        List<String> lines = csv.lines().toList();
        // semicolons, as a spreadsheet set to Dutch splits a file into its columns
        assertThat(lines.get(0)).startsWith("gemeentecode;gemeentenaam;provincie;regio");
        assertThat(lines).hasSize(10).anySatisfy(line -> assertThat(line).startsWith("GM1783;Westland;Zuid-Holland;Haaglanden"));
        // one who reads the pages in English gets its words in English, in the same spreadsheet form
        String english = TestCaller.as(DEMO_AUDITOR.email(), () -> {
            accounts.changeLanguage("en");
            try {
                return directory.exportCsv(MunicipalityQuery.all().inRegion("Haaglanden"));
            } finally {
                accounts.changeLanguage("nl");
            }
        });
        assertThat(english.lines().toList()).first().asString()
                .startsWith("municipality_code;municipality_name;province;region;active");
        assertThat(english).contains("GM1783;Westland;Zuid-Holland;Haaglanden;yes").doesNotContain(";ja;");
    }

    @Test
    void officersSeeOtherMunicipalitiesContactsByNameAndPolicyFieldOnly() throws Exception {
        ContactDetails katwijkContact = new ContactDetails("Bram Kuiper", "Beleidsadviseur", PolicyField.HOUSING,
                "b.kuiper@katwijk.example", "071 406 5001");
        ContactDetails westlandContact = new ContactDetails("Cora Smit", "Teamleider", PolicyField.ENFORCEMENT,
                "c.smit@westland.example", "0174 673 673");
        long katwijkId = TestCaller.as(COORDINATOR, () -> contactNamed(directory.addContact("GM0537", katwijkContact),
                "Bram Kuiper").id());
        long westlandId = TestCaller.as(COORDINATOR, () -> contactNamed(directory.addContact("GM1783", westlandContact),
                "Cora Smit").id());
        try {
            TestCaller.as(DEMO_OFFICER.email(), () -> {
                ContactView other = contactNamed(directory.find("GM0537").orElseThrow(), "Bram Kuiper");
                assertThat(other.policyField()).isEqualTo(PolicyField.HOUSING);
                assertThat(other.function()).isNull();
                assertThat(other.email()).isNull();
                assertThat(other.phone()).isNull();
                ContactView own = contactNamed(directory.find("GM1783").orElseThrow(), "Cora Smit");
                assertThat(own).extracting(ContactView::function, ContactView::email, ContactView::phone)
                        .containsExactly("Teamleider", "c.smit@westland.example", "0174 673 673");

                MunicipalityView listed = directory.search(new MunicipalityQuery("Katwijk", null, null,
                        MunicipalitySort.NAME, false, 0, 10)).items().get(0);
                assertThat(contactNamed(listed, "Bram Kuiper").email()).isNull();
                String csv = directory.exportCsv(new MunicipalityQuery("Katwijk", null, null, MunicipalitySort.NAME,
                        false, 0, 10));
                assertThat(csv).contains("Bram Kuiper |  | wonen").doesNotContain("HOUSING").doesNotContain("katwijk.example").doesNotContain("406 5001")
                        .doesNotContain("Beleidsadviseur");
                assertThat(directory.exportCsv(new MunicipalityQuery("Westland", null, null, MunicipalitySort.NAME,
                        false, 0, 10))).contains("c.smit@westland.example", "0174 673 673");
                return null;
            });
            for (String reader : List.of(DEMO_AUDITOR.email(), COORDINATOR)) {
                TestCaller.as(reader, () -> {
                    ContactView full = contactNamed(directory.find("GM0537").orElseThrow(), "Bram Kuiper");
                    assertThat(full).extracting(ContactView::function, ContactView::email, ContactView::phone)
                            .containsExactly("Beleidsadviseur", "b.kuiper@katwijk.example", "071 406 5001");
                    return null;
                });
            }
        } finally {
            TestCaller.as(COORDINATOR, () -> {
                directory.removeContact("GM0537", katwijkId);
                directory.removeContact("GM1783", westlandId);
                return null;
            });
        }
    }

    private static ContactView contactNamed(MunicipalityView municipality, String name) {
        return municipality.contacts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void onlyAuditorsAndCoordinatorsReviewTheAuditTrail() throws Exception {
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> auditReview.verify())
                .isInstanceOf(AccessRefusedException.class));
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.verify()).intact()).isTrue();
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.entries(null, 0, 5)).items()).isNotEmpty();
    }

    @Test
    void theAuditTrailExportsWhatAFilterFindsAndRecordsThatItDid() throws Exception {
        TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.verify());
        AuditFilter audits = new AuditFilter(null, null, "audit.", null, null, List.of());
        Page<AuditEntryView> exported = TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.export(audits));
        assertThat(exported.items()).isNotEmpty().hasSize((int) exported.total())
                .allSatisfy(entry -> assertThat(entry.action()).startsWith("audit."));
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.entries("audit-export", 0, 1)).items())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("audit.exported");
                    assertThat(entry.actor()).isEqualTo(DEMO_AUDITOR.email());
                    assertThat(entry.after()).contains("\"entries\":" + exported.items().size());
                });
        // a person is found by part of their name too, which the trail does not keep, in any case and accent
        AuditFilter byName = new AuditFilter(null, "DEMO AUDÍ", "audit.", null, null, List.of());
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.search(byName, 0, 50)).items())
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(DEMO_AUDITOR.email()));
        AuditFilter nobody = new AuditFilter(null, "Demo auditor " + UUID.randomUUID(), "audit.", null, null,
                List.of());
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.search(nobody, 0, 50)).items()).isEmpty();
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.lastVerification())).as("still read")
                .hasValueSatisfying(run -> assertThat(run.intact()).isTrue());
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> auditReview.export(audits))
                .isInstanceOf(AccessRefusedException.class));
    }

    @Test
    void eachVerificationIsRecordedAndTheLastOneIsShownWithWhenAndByWhom() throws Exception {
        Instant before = Instant.now();
        AuditVerification verified = TestCaller.as(DEMO_COORDINATOR.email(), () -> auditReview.verify());
        VerificationRun last = TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.lastVerification()).orElseThrow();
        assertThat(last.by()).isEqualTo(DEMO_COORDINATOR.email());
        assertThat(last.at()).isAfterOrEqualTo(before.truncatedTo(ChronoUnit.MILLIS));
        assertThat(last.intact()).isTrue();
        assertThat(last.entriesChecked()).isEqualTo(verified.entriesChecked());
        assertThat(last.firstBrokenEntry()).isNull();

        TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.verify());
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.lastVerification()).orElseThrow().by())
                .isEqualTo(DEMO_AUDITOR.email());
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> auditReview.lastVerification())
                .isInstanceOf(AccessRefusedException.class));
    }
}
