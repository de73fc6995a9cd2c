package brink.report;

import java.nio.file.Path;

/** A chart written to disk: its PNG (an SVG sits beside it), title, and a caption for the page. */
public record ChartRef(String name, String title, String caption, Path png) {}
