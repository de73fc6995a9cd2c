package brink.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * A self-contained HTML page (inline CSS, images as data URIs) built from plain text: every
 * method takes text, never markup, and escapes it, so no caller can forget to.
 */
final class HtmlPage {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#222;
              max-width:1100px;margin:2em auto;padding:0 1.2em;line-height:1.45;background:#fff}
            h1{font-size:1.7em;margin-bottom:.2em} h2{margin-top:1.8em;border-bottom:2px solid #ddd;padding-bottom:.2em}
            .lead{color:#555;margin-top:0}
            table{border-collapse:collapse;margin:.8em 0;font-size:.92em;width:100%}
            th,td{border:1px solid #ccc;padding:.3em .55em;text-align:left;vertical-align:top}
            th{background:#f2f2f2} td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            tr.flag td{background:#fff3cd}
            table.facts{width:auto} table.facts th{width:13em}
            pre{background:#f6f6f6;border:1px solid #ddd;padding:.7em;overflow-x:auto;white-space:pre-wrap}
            pre.story{max-height:28em;overflow-y:auto;font-size:.85em}
            figure{margin:1.2em 0} figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#555;font-size:.92em}
            .note{background:#f4f8ff;border-left:4px solid #1f77b4;padding:.5em 1em}
            footer{margin-top:3em;color:#777;font-size:.85em}
            """;

    private final String title;
    private final StringBuilder body = new StringBuilder();

    HtmlPage(String title) {
        this.title = title;
    }

    HtmlPage h1(String text) { return tag("h1", text); }
    HtmlPage h2(String text) { return tag("h2", text); }
    HtmlPage h3(String text) { return tag("h3", text); }
    HtmlPage p(String text) { return tag("p", text); }

    HtmlPage lead(String text) {
        body.append("<p class=\"lead\">").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    HtmlPage pre(String text) { return tag("pre", text); }

    /** A boxed explanatory list. */
    HtmlPage note(List<String> items) {
        body.append("<div class=\"note\"><ul>\n");
        for (String s : items) body.append("<li>").append(Html.escape(s)).append("</li>\n");
        body.append("</ul></div>\n");
        return this;
    }

    /** Label/value pairs, e.g. the run's seed and versions. */
    HtmlPage facts(List<String[]> pairs) {
        body.append("<table class=\"facts\">\n");
        for (String[] kv : pairs) {
            body.append("<tr><th>").append(Html.escape(kv[0])).append("</th><td>").append(Html.escape(kv[1])).append("</td></tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /**
     * A table; columns listed in {@code numeric} are right-aligned, rows whose {@code flagged}
     * entry is true are highlighted (null: none).
     */
    HtmlPage table(String id, List<String> head, List<List<String>> rows, boolean[] numeric, boolean[] flagged) {
        return table(id, head, rows, numeric, flagged, null);
    }

    /** As above; a cell whose {@code anchors[row][column]} is not null links to that anchor on the page. */
    HtmlPage table(String id, List<String> head, List<List<String>> rows, boolean[] numeric, boolean[] flagged, String[][] anchors) {
        body.append("<table id=\"").append(Html.escape(id)).append("\">\n<tr>");
        for (String h : head) body.append("<th>").append(Html.escape(h)).append("</th>");
        body.append("</tr>\n");
        for (int i = 0; i < rows.size(); i++) {
            body.append(flagged != null && flagged[i] ? "<tr class=\"flag\">" : "<tr>");
            List<String> row = rows.get(i);
            for (int c = 0; c < row.size(); c++) {
                body.append(numeric != null && c < numeric.length && numeric[c] ? "<td class=\"num\">" : "<td>");
                String anchor = anchors == null || anchors[i] == null || c >= anchors[i].length ? null : anchors[i][c];
                if (anchor != null) body.append("<a href=\"#").append(Html.escape(anchor)).append("\">");
                body.append(Html.escape(row.get(c)));
                if (anchor != null) body.append("</a>");
                body.append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** A chart: the PNG embedded as a data URI, with its caption. */
    HtmlPage figure(byte[] png, String alt, String caption) {
        String data = Base64.getEncoder().encodeToString(png);
        body.append("<figure><img alt=\"").append(Html.escape(alt)).append("\" src=\"data:image/png;base64,")
                .append(data).append("\"><figcaption>").append(Html.escape(caption)).append("</figcaption></figure>\n");
        return this;
    }

    /** A titled block of preformatted lines that a link can point at ({@code #id}). */
    HtmlPage anchored(String id, String title, String text, List<String> lines) {
        body.append("<h3 id=\"").append(Html.escape(id)).append("\">").append(Html.escape(title)).append("</h3>\n");
        if (!text.isEmpty()) tag("p", text);
        body.append("<pre class=\"story\">");
        for (String l : lines) body.append(Html.escape(l)).append('\n');
        body.append("</pre>\n");
        return this;
    }

    HtmlPage footer(String text) { return tag("footer", text); }

    private HtmlPage tag(String tag, String text) {
        body.append('<').append(tag).append('>').append(Html.escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }
}
