/**
 * JSF plumbing every module's pages share: the page frame (who is signed in), the menu by module with the roles
 * of each page ({@link SiteMenu}, one list that renders the menu and is tested against web.xml), the language
 * switch, converters, the EL resolver for records, date handling, {@link FacadeCalls}, the one place where a
 * facade's refusal becomes a message in the user's language, {@link FormPostGuard}, which answers a form
 * post no page sent with a 400 instead of a server error, and {@link LostViews}, which opens a page again when a
 * post's page state is expired or broken; and corrections to PrimeFaces renderers whose markup
 * breaks WCAG 2.1 rules (the {@code Accessible*Renderer} classes, registered in faces-config.xml).
 *
 * <p>It knows registration's api (accounts, municipalities and the current edition frame the pages) and
 * platform's, never a business module above them, so strategy and sessions pages can use it without pulling
 * monitoring in.
 */
package nl.arbeidsmigratie.regie.web.faces;
