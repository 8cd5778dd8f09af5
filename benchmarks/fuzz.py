"""Fuzz the readers and the furniture marker with atheris (coverage-guided), on sitrep's code.

Each input picks a reader by its first byte (text, HTML, JSON lines, RSS/Atom) and feeds it the
rest. A reader may refuse an input with BadInput (a clear one-line reason) but must never raise
anything else; every Article it returns must be valid (non-empty text, spans consistent).

    python benchmarks/fuzz.py -atheris_runs=200000        # long run
    python benchmarks/fuzz.py -max_total_time=60          # a minute
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["sitrep"]):
    from sitrep.clean import find_furniture
    from sitrep.errors import BadInput
    from sitrep.ingest.common import check_text, decode_bytes
    from sitrep.ingest.feeds import articles_from_feed
    from sitrep.ingest.html import article_from_html
    from sitrep.ingest.jsonl import articles_from_jsonl
    from sitrep.model import Article


def check_article(article: object) -> None:
    if isinstance(article, Article):
        assert article.text.strip(), "an Article with empty text"
        for span in find_furniture(article.text):
            assert 0 <= span.start < span.end <= len(article.text)


def one_input(data: bytes) -> None:
    if not data:
        return
    kind, body = data[0] % 4, data[1:]
    try:
        if kind == 0:
            check_article(
                Article(id="f", text=check_text(decode_bytes(body, "fuzz"), "fuzz", 100_000))
            )
        elif kind == 1:
            check_article(article_from_html(decode_bytes(body, "fuzz"), "fuzz", max_chars=100_000))
        elif kind == 2:
            for item in articles_from_jsonl(decode_bytes(body, "fuzz"), "fuzz", max_chars=100_000):
                check_article(item)
        else:
            for item in articles_from_feed(body, "fuzz", max_chars=100_000):
                check_article(item)
    except BadInput as error:
        assert "\n" not in error.reason, "a multi-line reason"


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
