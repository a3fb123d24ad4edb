/**
 * The demo data set of the run command: what a new user needs to see the product at work (the public figures of
 * the domain brief as counts, housing locations with three years of occupancy, the Haaglanden fair-share agreement,
 * inspections and signals, a closed learning-circle edition with its meetings and a date poll, contacts and a sent
 * newsletter issue).
 *
 * <p>It is loaded through the modules' own facades and import, as the demo coordinator, so the audit trail, the
 * change logs and the import history are the real ones; never by SQL. It is loaded once in the life of a database:
 * a durable marker is set in the same transaction as the data, so a restart adds nothing and a failed load leaves
 * nothing. It is loaded only when both {@code regie.demo-accounts} and {@code regie.demo-data} are on (the run
 * command sets both; the test deployment has demo accounts but wants an empty database).
 *
 * <p>This place orchestrates several modules, so it may use every module's api (and nothing else of web); no other
 * place uses it. The records are data, not code: each module has a {@link nl.arbeidsmigratie.regie.web.demo.DemoPart}
 * that reads its own resource file {@code demo/<module>.json}. A module that wants demo data adds a part and a file
 * (strategy: {@code StrategyDemo} reading {@code demo/strategy.json}), ordered after the parts it builds on.
 * Sessions' part, {@code SessionsDemo} with {@code demo/sessions.json}, plans the demo edition's meetings.
 */
package nl.arbeidsmigratie.regie.web.demo;
