"""Which language an article is in, so a pipeline for one language never mangles another.

Articles in a language the spaCy pipeline does not read are stored and searchable, marked with
their language, and get no extractions (a logged skip), rather than nonsense places and events.
"""

from __future__ import annotations

import functools
from typing import Any

MIN_CHARS = 60  # shorter texts are too ambiguous to judge; they keep the language they came with
MIN_CONFIDENCE = 0.5
# The given language stays while the identifier still gives it this much: a short English report
# can score Nigerian Pidgin first with English well behind ("Unemployment rose to 4.1% in October
# from 3.9% in September.": pcm 0.89, en 0.10), and dropping it as foreign would lose every
# finding. Foreign articles give English about 0, and real Pidgin under 0.01.
PLAUSIBLE_DEFAULT = 0.05
SAMPLE_CHARS = 3000


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the text's language; `default` when too short or unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return default
    ranked = dict(_identifier().rank(sample))
    language, confidence = max(ranked.items(), key=lambda item: item[1])
    if confidence < MIN_CONFIDENCE or ranked.get(default, 0.0) >= PLAUSIBLE_DEFAULT:
        return default
    return str(language)
