package org.diffuscope.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (or "development" when run from classes). */
public final class VersionProvider implements IVersionProvider {

    /** The application version string. */
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Diffuscope " + version()};
    }
}
