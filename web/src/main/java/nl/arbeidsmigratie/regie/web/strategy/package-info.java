/**
 * Strategy's pages and REST resources: municipalities' strategy documents, their sections, versions and review.
 * Pages live under {@code /app/strategy/}.
 */
package nl.arbeidsmigratie.regie.web.strategy;
