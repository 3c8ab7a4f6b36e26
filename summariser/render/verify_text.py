"""A grounding report (`ground(...)` as a dict) as lines for a terminal: one verdict per item."""

from __future__ import annotations

from typing import Any


def verify_text(report_dict: dict[str, Any]) -> str:
    """`ok  ` or `FAIL` per item with its reasons, then the totals: what `summariser verify` prints."""
    lines = []
    for item in report_dict["items"]:
        mark = "ok  " if item["grounded"] else "FAIL"
        reasons = "; ".join(item["reasons"])
        lines.append(f"{mark} {item['category']}[{item['index']}]" + (f": {reasons}" if reasons else ""))
    lines.append(f"{report_dict['grounded']} grounded, {report_dict['ungrounded']} ungrounded")
    return "\n".join(lines)
