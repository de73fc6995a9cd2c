package brink;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rule of README.md and DESIGN.md, checked on the compiled classes:
 * {@code cli -> {gui, report, experiment} -> {results, scenario, chart} -> {model, stats} -> random}.
 * A package may import packages of lower layers only: never one above it and never a sibling of
 * its own layer. And the model
 * never touches Swing, charts, files, the command line or Jackson.
 */
class ArchitectureTest {
    private static final String[] TOP = {"cli"};
    private static final String[] SECOND = {"gui", "report", "experiment"};
    private static final String[] THIRD = {"results", "scenario", "chart"};
    private static final String[] FOURTH = {"model", "stats"};

    static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("brink");
    }

    /** The rule, layer by layer: each layer may be used only by the layers above it. */
    static ArchRule layers() {
        return Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("brink.cli..")
                .layer("gui").definedBy("brink.gui..")
                .layer("report").definedBy("brink.report..")
                .layer("experiment").definedBy("brink.experiment..")
                .layer("results").definedBy("brink.results..")
                .layer("scenario").definedBy("brink.scenario..")
                .layer("chart").definedBy("brink.chart..")
                .layer("model").definedBy("brink.model..")
                .layer("stats").definedBy("brink.stats..")
                .layer("random").definedBy("brink.random..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("gui").mayOnlyBeAccessedByLayers(TOP)
                .whereLayer("report").mayOnlyBeAccessedByLayers(TOP)
                .whereLayer("experiment").mayOnlyBeAccessedByLayers(TOP)
                .whereLayer("results").mayOnlyBeAccessedByLayers(above(TOP, SECOND))
                .whereLayer("scenario").mayOnlyBeAccessedByLayers(above(TOP, SECOND))
                .whereLayer("chart").mayOnlyBeAccessedByLayers(above(TOP, SECOND))
                .whereLayer("model").mayOnlyBeAccessedByLayers(above(TOP, SECOND, THIRD))
                .whereLayer("stats").mayOnlyBeAccessedByLayers(above(TOP, SECOND, THIRD))
                .whereLayer("random").mayOnlyBeAccessedByLayers(above(TOP, SECOND, THIRD, FOURTH));
    }

    private static String[] above(String[]... layers) {
        return java.util.Arrays.stream(layers).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    @Test
    void importsGoOneWayDownTheLayers() {
        layers().check(production);
    }

    @Test
    void theModelTouchesNoWindowChartFileCommandLineOrJson() {
        noClasses().that().resideInAPackage("brink.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "org.jfree..",
                        "picocli..", "com.fasterxml..", "java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(production);
    }

    @Test
    void theRuleFailsOnABackwardImport() {
        // a class of the stats layer that uses the command line: the rule must reject it
        JavaClasses withBackward = new ClassFileImporter().importClasses(brink.stats.BackwardImportFixture.class,
                brink.cli.BrinkCli.class);
        EvaluationResult r = layers().evaluate(withBackward);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("brink.stats.BackwardImportFixture").contains("brink.cli.BrinkCli");
        // and a sideways one: report using experiment (siblings of one layer)
        JavaClasses sideways = new ClassFileImporter().importClasses(brink.report.SidewaysImportFixture.class,
                brink.experiment.Replication.class);
        assertThat(layers().evaluate(sideways).hasViolation()).isTrue();
    }
}
