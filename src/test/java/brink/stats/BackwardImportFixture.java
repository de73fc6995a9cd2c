package brink.stats;

/** Test fixture for ArchitectureTest: a stats class that imports the command line, which the package rule forbids. */
public final class BackwardImportFixture {
    static final int CODE = brink.cli.BrinkCli.BAD_INPUT;

    static String name() {
        return brink.cli.BrinkCli.class.getName();
    }
}
