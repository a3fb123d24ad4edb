package nl.arbeidsmigratie.regie.platform.api;

/** Where the one application datasource is bound; defined by the platform, used by every module. */
public final class Datasource {

    public static final String JNDI_NAME = "java:app/jdbc/regie";

    private Datasource() {
    }
}
