/**
 * Strategy: each municipality's strategy document (beleidsdocument), one chapter per learning goal of the
 * circle, drafted by its officers, reviewed by the province and adopted (concept, in review, vastgesteld).
 *
 * <ul>
 * <li>Who may do what is decided in one control ({@code control.StrategyAccess}) that every facade asks, so a page
 * and an endpoint get the same answer. Officers write their own municipality's documents (a regional agreement:
 * the officers of its co-author municipalities, the region's members when it was started); coordinators read
 * everything; other officers and auditors read adopted documents, auditors also the details and history (not
 * the text) of the rest. Another municipality's draft answers exactly like a missing id. Accounts are read
 * through registration's api on every call, so an account deactivated meanwhile can do nothing.</li>
 * <li>A document starts from the newest template version (a section per learning goal with guiding questions,
 * titled with the circle's own goal texts). Template versions are never edited; the document records the one it
 * started from. The municipality's latest enrolment pre-fills a first section with its policy phase and its own
 * bottlenecks, and marks the goals it chose; both are shown as "from the municipality's enrolment".</li>
 * <li>Sections are the working copy, saved as the author types. Each has a version column that counts changes
 * to its text and applicability; a save names the version it was based on and is refused, with both texts,
 * when someone saved in between. Writes take short row locks (the document, then the section) inside one
 * transaction, so concurrent saves are decided one by one and in the same order; no lock outlives a request.
 * Moving sections and marking activity use bulk updates that do not take a version, so neither makes an
 * author's next save stale.</li>
 * <li>All formatted text goes through platform's one sanitiser ({@code RichText}); what it removed (images,
 * scripts, styles, event handlers, {@code javascript:} links) is reported so the author is told.</li>
 * <li>"Save version" freezes every section, with an optional note, as a numbered version that never changes.
 * Shape changes (details, co-authors, sections added, moved, marked not applicable) and saved versions are
 * audited in their transaction; the typing in between is not, since the versions keep the text.</li>
 * <li>The workflow (draft, in review, adopted, withdrawn) is a state machine on the document; each step is a
 * transition row, an audit entry and outbox mails to the authors and the reviewer in each account's language, all
 * in one transaction. Submitting saves a version, so review and adoption concern fixed text; the adopted version's
 * number is kept, and only it is shown to other officers and auditors. Open review threads block adoption.</li>
 * <li>Versions are addressed by their number within one document, so comparing or restoring across documents is
 * impossible by construction. Comparison is word by word on the plain text (java-diff-utils); a save that came too
 * late is merged on the text it started from the same way, word by word on the markup ({@code control.TextMerge}).</li>
 * <li>Figures are read from monitoring's api (the only module besides registration this one reads) and stored as
 * values (JSON in the section and in each version), never as a query, so corrections and region moves in
 * monitoring or registration leave a document as it was written. Only aggregates are read. Regional cooperation
 * includes the fair share: the region's agreement in force on the reference date against the beds realised.</li>
 * <li>A version exports to PDF with OpenPDF (typeset from the version's own sanitised HTML, so only the few elements
 * the sanitiser allows need a typographic counterpart; an HTML renderer would be heavier for no gain). Its texts,
 * including the labels of frozen figures, come from the module's own bundle in Dutch or English, so the PDF reads
 * the same in a module test and in the application.</li>
 * <li>Municipalities and regions are held by CBS code and name; no foreign key crosses the module border.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.strategy;
