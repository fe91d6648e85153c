"""`kiosk calls watch [--json]`: each call and recall as it happens, one line each (an LED board, a second
display, tests)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from kiosk.call_notices import CALL_KINDS, call_notice
from kiosk.change_listener import ChangeListener

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    calls = sub.add_parser("calls", help="the calls as the waiting room hears them").add_subparsers(
        dest="action", required=True
    )
    watch = calls.add_parser(
        "watch",
        parents=[common],
        help="print each call and recall as it happens, until interrupted",
        description="One line per call or recall, flushed at once. With --json: seq, number, service, "
        "counter, counter_name, kind (call|recall), at. A database outage is waited out; calls made "
        "meanwhile follow when it is back.",
    )
    watch.add_argument("--json", action="store_true", help="one JSON object per line")
    watch.add_argument("--after", type=int, metavar="SEQ", help="start after this feed number (default: now)")
    watch.add_argument("--count", type=int, metavar="N", help="stop after N calls")
    watch.set_defaults(func=watch_calls)


def watch_calls(ctx: Context) -> int:
    listener = ChangeListener(ctx.db, ctx.config.office.code, ctx.args.after)
    shown = 0
    try:
        for entry in listener.stream():
            notice = call_notice(ctx.config, entry) if entry.kind in CALL_KINDS else None
            if notice is None:
                continue
            if ctx.args.json:
                line = json.dumps(notice.as_json(), ensure_ascii=False)
            else:
                again = "  (panggilan ulang / recall)" if notice.kind == "recall" else ""
                line = f"{notice.at:%H:%M:%S}  {notice.number:<6} {notice.counter_name}{again}"
            print(line, file=ctx.out, flush=True)
            shown += 1
            if ctx.args.count is not None and shown >= ctx.args.count:
                return 0
    except KeyboardInterrupt:
        return 0
    finally:
        listener.close()
    return 0
