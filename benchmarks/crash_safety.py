"""Crash safety: kill -9 `sitrep ingest` at random moments and check what was stored.

Each round starts `sitrep ingest` on a corpus of real articles (GeoWebNews/GeoVirus texts as
JSON lines), kills it with SIGKILL after a random delay, then checks that the database opens,
passes `PRAGMA integrity_check`, and holds every article completely or not at all (an article
row has exactly one current extraction whose flat rows match its JSON). A last run without a
kill must complete the corpus with no duplicates.

    python benchmarks/crash_safety.py [--articles 300] [--rounds 10] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import news_texts

SITREP = [sys.executable, "-m", "sitrep.cli"]


def write_corpus(folder: Path, count: int) -> Path:
    texts = news_texts()
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            text = texts[i % len(texts)] + (
                "" if i < len(texts) else f"\n\n(Repeat {i // len(texts)}.)"
            )
            handle.write(
                json.dumps({"id": f"doc-{i}", "text": text, "published": "2018-01-15"}) + "\n"
            )
    return path


def check_database(db: Path) -> tuple[bool, str, int]:
    """(ok, reason, articles stored)."""
    if not db.exists():
        return True, "no database yet", 0
    with sqlite3.connect(db) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            return False, f"integrity_check: {integrity}", 0
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        bad = conn.execute(
            "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM extractions x "
            "WHERE x.article_id = a.id AND x.current) != 1"
        ).fetchone()[0]
        if bad:
            return False, f"{bad} article(s) without exactly one current extraction", articles
        for table, key in (("events", "events"), ("places", "places"), ("times", "times")):
            rows = conn.execute(
                f"SELECT x.payload, (SELECT count(*) FROM {table} t WHERE t.extraction_id = x.id) FROM extractions x"
            ).fetchall()
            for payload, stored in rows:
                if len(json.loads(payload)[key]) != stored:
                    return False, f"an extraction's {table} rows do not match its JSON", articles
        fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        if fts != articles:
            return False, f"search index holds {fts} rows for {articles} articles", articles
    return True, "ok", articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--min-delay", type=float, default=5.0)
    parser.add_argument("--max-delay", type=float, default=40.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="sitrep-crash-"))
    corpus, db = write_corpus(folder, args.articles), folder / "crash.db"
    passed = 0
    for round_number in range(1, args.rounds + 1):
        delay = rng.uniform(args.min_delay, args.max_delay)
        process = subprocess.Popen(
            [*SITREP, "ingest", str(corpus), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        ok, reason, stored = check_database(db)
        passed += ok
        print(
            f"round {round_number}: killed after {delay:.1f} s; {stored} articles stored; {'ok' if ok else 'FAILED: ' + reason}"
        )
    final = subprocess.run(
        [*SITREP, "ingest", str(corpus), "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    ok, reason, stored = check_database(db)
    complete = ok and stored == len(
        {json.loads(line)["text"] for line in corpus.read_text().splitlines()}
    )
    print(final.stdout.strip().splitlines()[-1] if final.stdout.strip() else final.stderr[-300:])
    print(
        f"crash safety: {passed}/{args.rounds} kills left a consistent database; "
        f"final run complete with no duplicates: {complete} ({stored} articles)"
    )


if __name__ == "__main__":
    main()
