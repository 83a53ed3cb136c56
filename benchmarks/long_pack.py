"""The all-full supervision pack of N entries, straight to the PDF or ODT writer,
without a vault (issue 20: the crash at 100,000 records, and the size limit).

    python -X faulthandler benchmarks/long_pack.py 5000 pdf /tmp/pack.pdf

N corpus records are spread over 91 days, every one shared in full; prints the
pack's entries and characters, the writer's time and the process's peak RSS."""

from __future__ import annotations

import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import generate
from journal_app.domain.records import Share
from journal_app.domain.schema import record_from_input
from journal_app.export import qt_document
from journal_app.export.size_limit import check_printable
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.vocabulary import load_vocabulary


def main(argv: list[str]) -> None:
    count, fmt, out = int(argv[0]), argv[1], Path(argv[2])
    vocabulary, end = load_vocabulary(), date(2026, 11, 30)
    records = []
    for n, data in enumerate(generate(count, seed=1, end=end)):
        data["date"] = (end - timedelta(days=n % 91)).isoformat()
        data.pop("next_date", None)
        records.append(record_from_input(data, vocabulary))
    shares = {r.id: Share.FULL for r in records}
    options = PackOptions(end - timedelta(days=91), end, include_wellbeing=True, shares=shares)
    pack = build_pack(records, vocabulary, options)
    characters = sum(len(text) for _where, text in pack.document.texts())
    print(f"{len(pack.shown)} entries, {characters:,} characters", flush=True)
    check_printable(pack.document, fmt)
    begin = time.perf_counter()
    (qt_document.write_pdf if fmt == "pdf" else qt_document.write_odt)(pack.document, out)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{fmt}: {time.perf_counter() - begin:.1f} s, peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main(sys.argv[1:])
