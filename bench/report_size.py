"""Size and render time of the HTML report: demo size (~80 checks) and 10x (~800).

Run: python bench/report_size.py   (prints medians of 5 runs for each size)
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from report_samples import scaled_document

from checks.report.html import render_html
from checks.report.sarif import to_sarif

RUNS = 5


def measure(copies: int) -> dict[str, float]:
    """Median render time and sizes for ``copies`` copies of the sample suite."""
    doc = scaled_document(copies)
    render_html(doc)  # warm the template cache, as a second report in a run would
    times, sizes = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        page = render_html(doc)
        times.append(time.perf_counter() - start)
        sizes.append(len(page.encode("utf-8")))
    return {
        "checks": len(doc["checks"]),
        "html_kib": statistics.median(sizes) / 1024,
        "json_kib": len(json.dumps(doc, ensure_ascii=False).encode("utf-8")) / 1024,
        "sarif_kib": len(json.dumps(to_sarif(doc), ensure_ascii=False).encode()) / 1024,
        "render_ms": statistics.median(times) * 1000,
    }


def main() -> None:
    print(
        f"{'checks':>7} {'html KiB':>9} {'json KiB':>9} {'sarif KiB':>10} "
        f"{'render ms':>10}   (median of {RUNS})"
    )
    rows = [measure(4), measure(35)]
    for row in rows:
        print(
            f"{row['checks']:>7.0f} {row['html_kib']:>9.1f} {row['json_kib']:>9.1f} "
            f"{row['sarif_kib']:>10.1f} {row['render_ms']:>10.1f}"
        )
    small, large = rows
    print(
        f"10x ratio: size {large['html_kib'] / small['html_kib']:.1f}x, "
        f"time {large['render_ms'] / small['render_ms']:.1f}x"
    )


if __name__ == "__main__":
    main()
