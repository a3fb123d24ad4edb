/**
 * Registration's pages and REST resources: municipalities and regions, accounts, sign-in and password links,
 * the learning circle's editions and enrolments, the newsletter, and the audit trail and mail log that
 * coordinators and auditors review. Pages live under {@code /app/registration/}; the public pages (sign-in,
 * circle, newsletter subscription) stay at the root because nobody is signed in there yet.
 */
package nl.arbeidsmigratie.regie.web.registration;
