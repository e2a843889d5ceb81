"""Pictures as geometry: a story's coverage per day by outlet, and its timeline of dates.

The functions return SVG coordinates and colours; the templates draw them, so the pages need
no script and no image files.
"""

from __future__ import annotations

from datetime import date

# Colour-blind-safe palette (Okabe-Ito, then darker tones); outlets past it share grey
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
           "#4c6a92", "#a0522d", "#2e8b57", "#8b008b")
OTHER = "#98a2b3"


def colours(outlets: list[str]) -> dict[str, str]:
    return {o: PALETTE[i] if i < len(PALETTE) else OTHER for i, o in enumerate(outlets)}


def coverage_chart(coverage: dict, width: int = 900, height: int = 200) -> dict:
    """Stacked bars: one per day, one block per outlet's articles that day."""
    days, series = coverage["days"], coverage["series"]
    if not days:
        return {"bars": [], "width": width, "height": 0, "ticks": [], "legend": [], "levels": []}
    colour = colours([s["outlet"] for s in series])
    totals = [sum(s["counts"][i] for s in series) for i in range(len(days))]
    top = max(totals) or 1
    left, bottom, plot_h = 40, height - 30, height - 50
    step = (width - left - 10) / len(days)
    bars = []
    for i, day in enumerate(days):
        y = bottom
        for s in series:
            n = s["counts"][i]
            if n:
                h = n / top * plot_h
                y -= h
                bars.append({"x": round(left + i * step + step * 0.1, 1), "y": round(y, 1),
                             "w": round(max(step * 0.8, 1), 1), "h": round(h, 1), "colour": colour[s["outlet"]],
                             "title": f"{day}: {n} from {s['outlet']}"})
    every = max(1, len(days) // 8)
    ticks = [{"x": round(left + (i + 0.5) * step, 1), "label": days[i]} for i in range(0, len(days), every)]
    levels = [{"y": round(bottom - v / top * plot_h, 1), "label": str(v)} for v in sorted({top, max(top // 2, 1)})]
    return {"bars": bars, "width": width, "height": height, "ticks": ticks, "levels": levels, "bottom": bottom,
            "left": left, "legend": [{"outlet": s["outlet"], "colour": colour[s["outlet"]]} for s in series]}


def timeline_chart(entries: list[dict], width: int = 1000) -> dict:
    """The comparison's timeline on one axis, oldest left; entries that would overlap take lanes."""
    points = [(t, x) for t in entries if (x := _day_number(t["value"])) is not None]
    if not points:
        return {"entries": [], "width": width, "height": 0, "ticks": []}
    lo, hi = min(x for _, x in points), max(x for _, x in points)
    span = max(hi - lo, 1)
    placed, lanes = [], []
    for t, x in sorted(points, key=lambda p: p[1]):
        px = 40 + (x - lo) / span * (width - 160)
        lane = next((i for i, end in enumerate(lanes) if end < px - 110), len(lanes))
        lanes[lane:lane + 1] = [px]
        first = t["evidence"][0]
        placed.append({"x": round(px, 1), "y": 44 + lane * 22, "value": t["value"], "label": t["label"],
                       "disputed": list(t.get("disputed_by", [])), "article_id": first["article_id"],
                       "sentence": first["sentence"], "sources": sorted({e["outlet"] for e in t["evidence"]})})
    years = sorted({t["value"][:4] for t, _ in points})
    ticks = [{"x": round(40 + (x - lo) / span * (width - 160), 1), "label": y} for y in years
             if (x := _day_number(y)) is not None and lo <= x <= hi]
    return {"entries": placed, "width": width, "height": 64 + len(lanes) * 22, "ticks": ticks}


def _day_number(value: str) -> int | None:
    """A TIMEX3 date (2025, 2025-03, 2025-03-04) as a day number; None for anything else: a week
    ("2025-W05") or a season has no one day to stand on."""
    parts = value.split("-")
    if len(parts[0]) != 4:
        return None  # "197", the 1970s: a decade, not the year 197
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                    int(parts[2][:2]) if len(parts) > 2 else 1).toordinal()
    except ValueError:
        return None
