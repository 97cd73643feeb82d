package org.diffuscope.core.corrector;

import java.util.List;

/** The correctors by command-line name, each with its default parameters. */
public final class Correctors {

    /** Every corrector name. */
    public static final List<String> NAMES = List.of("none", "ula", "ulmc", "langevin-snr", "mala");

    private Correctors() {
    }

    /** The default-configured corrector of the given name. */
    public static Corrector byName(String name) {
        return switch (name) {
            case "none" -> new NoCorrector();
            case "ula" -> OverdampedLangevin.standard();
            case "ulmc" -> UnderdampedLangevin.standard();
            case "langevin-snr" -> SnrLangevin.standard();
            case "mala" -> Mala.standard();
            default -> throw new IllegalArgumentException(
                    "unknown corrector '" + name + "' (allowed: " + String.join(", ", NAMES) + ")");
        };
    }

    /** Every corrector with its defaults, in the order of {@link #NAMES}. */
    public static List<Corrector> all() {
        return NAMES.stream().map(Correctors::byName).toList();
    }
}
