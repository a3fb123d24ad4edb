/**
 * Registration: who takes part. The register of municipalities (held everywhere by CBS code) and their
 * regions, the accounts that sign in with their roles, and later the learning circle's enrolments and
 * newsletter.
 *
 * <ul>
 * <li>Every rule about who may do what is checked in the facades through {@code CurrentAccount}, never only
 * by hiding a control in a page: an officer calling {@code MunicipalityDirectory.change} directly is refused
 * just as when clicking.</li>
 * <li>Login failures and successes are counted and audited in the same transaction; an unknown address and a
 * wrong password give the same answer and take the same time.</li>
 * <li>Reference data (342 municipalities of 2024, Zuid-Holland's regions) is loaded by a migration from the
 * CSV shipped in this jar, so a fresh database is complete without any import.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.registration;
