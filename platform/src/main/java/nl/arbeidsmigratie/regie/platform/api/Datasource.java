package nl.arbeidsmigratie.regie.platform.api;

/** Where the one application datasource is bound; defined by the platform, used by every module. */
public final class Datasource {

    public static final String JNDI_NAME = "java:app/jdbc/regie";

    /**
     * Settings of every session of the application (PostgreSQL's {@code options} connection parameter). No JIT
     * compilation: the planner counts a per-location lookup in the pictures' statements at full cost for every
     * location, even where it never runs, so on a PostgreSQL built with LLVM the picture of the country spent seconds
     * compiling a statement that runs in a few hundred milliseconds.
     */
    public static final String SESSION_OPTIONS = "-c jit=off";

    private Datasource() {
    }
}
