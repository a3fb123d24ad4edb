/**
 * Strategy: each municipality's strategy document (beleidsdocument), one chapter per learning goal of the
 * circle, drafted by its officers, reviewed by the province and adopted (concept, in review, vastgesteld).
 *
 * <ul>
 * <li>Drafts belong to one municipality: the facades refuse officers of any other municipality, whatever
 * page or endpoint they come through.</li>
 * <li>Figures quoted in a document are a frozen snapshot read from monitoring's api, so an adopted document
 * keeps saying what was known when it was adopted.</li>
 * </ul>
 *
 * For now the module owns its schema and nothing else.
 */
package nl.arbeidsmigratie.regie.strategy;
