/**
 * The REST application and what all resources share: problem documents ({@code application/problem+json}) for
 * refusals, bad parameters and bodies, and for every other failure under {@code /api}, so a client never gets
 * the pages' HTML. The resources themselves live in the web package of their module.
 */
package nl.arbeidsmigratie.regie.web.rest;
