/**
 * Strategy's pages and REST resources: municipalities' strategy documents, their sections, versions and review.
 * Pages live under {@code /app/strategy/}.
 *
 * <p>The REST resources ({@code /api/v1/strategy/…}) call the same facades as the pages, so the access rules are the
 * facades' and cannot drift apart. Refusals that carry more than a sentence (a section conflict with both texts,
 * adoption blocked by open comments) are problem documents with extension members ({@link StrategyProblems}). A
 * version's PDF is one facade call, served to pages by {@link DocumentPdfServlet} and to the API by its resource.
 */
package nl.arbeidsmigratie.regie.web.strategy;
