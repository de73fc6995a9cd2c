#!/usr/bin/env python3
# The five tables of docs/results.md, "Common random numbers and paired comparisons", section "How much
# narrower": each shipped what-if minus the baseline, unpaired and paired 95% intervals and the ratio of
# their widths, as markdown, read from the compare.csv and means.csv that 'brink compare' wrote.
# Usage: scripts/crn-tables.py [DIR]   (DIR, default /tmp/crn, holds cmp-<what-if>/ for each what-if, made by:
#   ./brink run scenarios/baseline.yaml --runs 10000 --seed 42 --out DIR/baseline --quiet
#   ./brink run scenarios/<what-if>.yaml --runs 10000 --seed 42 --out DIR/<what-if> --quiet
#   ./brink compare DIR/baseline DIR/<what-if> --out DIR/cmp-<what-if>)
import csv
import os
import sys

WHAT_IFS = [
    ("what-if-sk-lethal-aid-early", "South Korea sends lethal aid on day 30"),
    ("what-if-second-nk-contingent", "a second NK contingent of 15,000 on day 60"),
    ("what-if-us-keeps-restrictions", "the US keeps its strike restrictions"),
    ("what-if-china-presses", "China presses from day 20, restraint U(2, 3)"),
    ("what-if-nk-enter-ukraine", "NK troops cross into Ukraine on day 45"),
]
RUNGS = range(2, 9)
# outcome in means.csv, row label, style of its numbers
OUTCOMES = [
    ("russian_casualties", "mean Russian casualties over the year", "count"),
    ("nk_lost", "mean NK troops lost", "troops"),
    ("nk_defected", "mean NK troops defected", "troops"),
    ("kursk_control", "mean Russian share of Kursk (%)", "fine"),
    ("max_rung", "mean highest rung", "fine"),
    ("day_nk_combat_in_kursk", "mean day NK troops entered combat", "fine"),
]


def signed(x, style):
    """A difference or a bound: pp 2 decimals; counts whole with commas; troops whole from 100, else 2 decimals."""
    x = x + 0.0  # no "-0.00" for an exact -0.0
    if style == "count" or (style == "troops" and abs(x) >= 100):
        return f"{x:+,.0f}"
    return f"{x:+.2f}"


def width(w, style):
    """A width (not signed): pp and troops below 100 two decimals; small means three significant figures."""
    if style == "count" or (style == "troops" and w >= 100):
        return f"{w:,.0f}"
    if style == "fine":
        if w < 1:
            return f"{w:.3f}"
        if w < 10:
            return f"{w:.2f}"
        if w < 100:
            return f"{w:.1f}"
        return f"{w:,.0f}"
    return f"{w:.2f}"


def row(label, diff, lo, hi, plo, phi, style, paired_note=""):
    wu, wp = hi - lo, phi - plo
    return (f"| {label} | {signed(diff, style)} | [{signed(lo, style)}, {signed(hi, style)}] "
            f"| [{signed(plo, style)}, {signed(phi, style)}]{paired_note} "
            f"| {width(wu, style)} / {width(wp, style)} | **{wp / wu:.2f}** |")


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if r["pairing"] != "paired":
            sys.exit(f"{path}: {r['compared']} is not paired with {r['reference']}")
    return rows


def table(folder):
    rungs = {int(r["level"]): r for r in read(os.path.join(folder, "compare.csv"))}
    means = {r["outcome"]: r for r in read(os.path.join(folder, "means.csv"))}
    out = ["| outcome | difference | unpaired 95% interval | paired 95% interval "
           "| width unpaired / paired | paired ÷ unpaired |",
           "| --- | --- | --- | --- | --- | --- |"]
    for level in RUNGS:
        r = rungs[level]
        pp = [100 * float(r[k]) for k in ("difference", "ci_low", "ci_high", "paired_ci_low", "paired_ci_high")]
        out.append(row(f"P(rung {level} `{r['rung']}`), pp", *pp, "pp"))
    for outcome, label, style in OUTCOMES:
        m = means[outcome]
        note = ""
        if outcome.startswith("day_"):  # among runs with a value in both folders: its own mean and count
            note = (f" (mean {signed(float(m['paired_difference']), style)} over "
                    f"{int(m['pairs']):,} pairs)†")
        out.append(row(label, *(float(m[k]) for k in ("difference", "ci_low", "ci_high",
                                                     "paired_ci_low", "paired_ci_high")), style, note))
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/tmp/crn"
    blocks = []
    for name, what in WHAT_IFS:
        blocks.append("\n".join([f"**`{name}.yaml`** ({what}) minus the baseline:", ""]
                                + table(os.path.join(root, f"cmp-{name}"))))
    print("\n\n".join(blocks))


if __name__ == "__main__":
    main()
