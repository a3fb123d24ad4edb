/**
 * The REST application and what all resources share: problem documents ({@code application/problem+json}) for
 * refusals and bad parameters. The resources themselves live in the web package of their module.
 */
package nl.arbeidsmigratie.regie.web.rest;
