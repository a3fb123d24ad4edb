/**
 * The application users and callers meet: PrimeFaces pages with one backing bean each, the REST API, security
 * and the assembly of all modules into one WAR.
 *
 * <ul>
 * <li>Pages and resources see only the modules' api facades and records. Every permission is enforced again in
 * those facades; the UI merely hides what would be refused.</li>
 * <li>One authentication mechanism serves both worlds: pages sign in through a form and keep a session, API
 * clients send a personal API token per request ({@code Authorization: Bearer}) and get a 401 problem document
 * instead of a redirect.</li>
 * <li>No server-side state lives outside the HTTP session and the database, and every session- or view-scoped
 * bean is Serializable, so instances behind a load balancer are interchangeable.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.web;
