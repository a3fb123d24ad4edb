/**
 * Registration: who takes part. The register of municipalities (held everywhere by CBS code), their regions
 * and contact persons, the accounts that sign in with their roles, the learning circle's editions and
 * enrolments, and the newsletter.
 *
 * <ul>
 * <li>Every rule about who may do what is checked in the facades through {@code CurrentAccount}, never only
 * by hiding a control in a page: an officer calling {@code MunicipalityDirectory.change} directly is refused
 * just as when clicking.</li>
 * <li>A sign-in hashes the password outside any transaction and lock; only then is its outcome written, in a
 * transaction of its own: a failure is counted by one atomic UPDATE and audited with it, so parallel guesses
 * all count, none fails on commit, and the trail keeps every one. An unknown address, a wrong password and a
 * locked account give the same answer and take the same time.</li>
 * <li>Sign-in failures per client, and password-reset and newsletter requests per address and per client, are
 * throttled by counts in the database ({@code boundary.RequestThrottle}), committed on their own so a refused
 * request still counts; limits are configuration, and the refusal says how many minutes to wait.</li>
 * <li>Reference data (342 municipalities of 2024, Zuid-Holland's regions) is loaded by a migration from the
 * CSV shipped in this jar, so a fresh database is complete without any import.</li>
 * <li>Region membership is history, not a field: moving a municipality closes its current membership and
 * opens a new one, and a merged region is retired rather than deleted, so "which region was Westland in
 * on date X" stays answerable. Municipalities that merge stay in the register, inactive, pointing to their
 * successor, because older figures still refer to them.</li>
 * <li>Who may review the audit trail (auditors, coordinators) is decided here, where roles live; the platform
 * only keeps and verifies the chain.</li>
 * <li>Coordinators create accounts without a password: the owner chooses one through a single-use activation
 * link (72 hours), so no coordinator ever knows or mails a password. "Forgot password" works the same way with a
 * one-hour link and answers alike for known and unknown addresses. Tokens are redeemed in the transaction that
 * sets the password, so a refused password leaves the link usable and a used link never works twice.</li>
 * <li>Old credentials do not live on. Each account has a credentials generation, raised by every new password
 * (activation, reset, own change) and by deactivation; the web layer keeps the generation in the page session
 * and asks {@code Accounts.credentialsCurrent} on every request, one primary-key query rather than a cache or a
 * session registry, because any instance may serve any session. The same changes revoke every outstanding
 * activation and reset link of the account. A wrong current password on the profile page is a failed sign-in
 * for the lockout: same counter, same audit trail.</li>
 * <li>Mail to an unconfirmed address (newsletter opt-in, password reset) carries no text the requester typed, and
 * an address gets at most one such mail per 15 minutes, claimed by a conditional UPDATE on a "mailed at" column,
 * so a stranger cannot use the product to mail anyone repeatedly; the answer on screen does not change.</li>
 * <li>Passwords need 12 characters and must not be on the list of common ones shipped with the module; there are
 * no composition rules (NIST SP 800-63B).</li>
 * <li>The last coordinator who can sign in cannot be deactivated or demoted; the active coordinators are locked
 * while this is checked, so two coordinators cannot remove each other at the same moment.</li>
 * <li>A learning-circle edition's state follows from its dates (Dutch time) and the places taken; it is never
 * stored. Submitted and confirmed enrolments alike take a place on arrival, so "full" and the waiting list are
 * decided at the moment of enrolling; the coordinator then confirms or declines. A freed place promotes the
 * first on the waiting list (by arrival) to submitted, so the coordinator still decides. Every change locks the
 * edition row, so two enrolments never both take the last place, and is audited, mailed through the outbox and
 * announced as an event carrying ids only, in one transaction.</li>
 * <li>Newsletter subscribers opt in twice (form, then mail link); the consent text they saw is stored with the
 * moment. Issues are queued per subscriber in batches, each recording its progress in the same transaction,
 * and deduplicated per (issue, subscriber), so a send interrupted by a restart resumes without sending anyone
 * an issue twice.</li>
 * <li>REST clients authenticate with personal API tokens, owned here because they belong to an account: only the
 * SHA-256 of the secret is stored, so a lookup is one indexed query and no password is hashed per request. The
 * first use is claimed by a conditional UPDATE (exactly one request wins it and writes the one audit entry) and
 * later uses move "last used" forward only when it is more than a minute old, so a busy client costs at most one
 * write a minute and API requests never queue on the audit chain's lock.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.registration;
