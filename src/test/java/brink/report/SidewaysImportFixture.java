package brink.report;

/** Test fixture for ArchitectureTest: a report class that uses the experiment package, a sibling of its layer. */
public final class SidewaysImportFixture {
    static Class<?> replication() {
        return brink.experiment.Replication.class;
    }
}
