"""Words of the labels that open a line before a colon and name no speaker, in one place: the
colon reader (`attribution_colons`) refuses them as speakers, the piece-label check
(`attribution_piece_labels`) refuses them as reporting verbs, and a transcript's question turn
(`attribution_questions`) claims nothing. Kept together so a label added for one reader is seen
by the others. (Documents that are sources, "the report said", are `source_lexicon`'s.)"""

from __future__ import annotations

# An interview's question and answer labels ("Q: ...", "ANSWER: ...").
QUESTION_AND_ANSWER_LABELS = frozenset({"q", "a", "question", "answer"})
# Labels that open a line with a colon without anyone speaking ("Update: ...", "Photo: ...");
# a live blog's title ("Ukraine war live: ...") names its topic, not a speaker.
LINE_LABELS = QUESTION_AND_ANSWER_LABELS | frozenset(
    {"note", "update", "updated", "editor", "photo", "photos", "video", "watch", "related"}
    | {"read", "see", "source", "sources", "correction", "clarification", "disclosure"}
    | {"warning", "caption", "credit", "image", "images", "listen", "subscribe", "follow"}
    | {"click", "share", "tags", "topics", "advertisement", "sponsored", "live"}
)
# Nouns with which the writer announces what follows ("One conclusion: ...", "Another
# challenge: ...", "The upshot: ...", "Bottom line: ..."): a lead-in of the writer's own, no
# speaker.
LEAD_IN_NOUNS = frozenset(
    {"conclusion", "conclusions", "challenge", "challenges", "trend", "trends", "takeaway"}
    | {"takeaways", "lesson", "lessons", "upshot", "catch", "caveat", "twist", "irony", "line"}
    | {"problem", "problems", "result", "results", "reason", "reasons", "finding", "findings"}
    | {"question", "questions", "complication", "hitch", "exception", "difference", "surprise"}
)
# What a verbless line after a label may title: "Central African Republic: Situation Report
# No. 7", "Sudan: Flash Update", "Coast Guard briefing on the shoal incident".
TITLE_NOUNS = frozenset(
    {"report", "update", "briefing", "bulletin", "overview", "snapshot", "factsheet", "digest"}
    | {"transcript", "summary", "roundup", "statement", "dashboard", "appeal", "sitrep"}
)
# Words of a label naming the kind of piece ("Analysis: ...", "Morning Briefing: ..."); a label
# counts only when all its words are among them ("WSJ editorial: ..." and "EXCLUSIVE - Roger
# Stone: ..." name who speaks).
PIECE_KINDS = frozenset(
    {"analysis", "transcript", "breaking", "news", "exclusive", "explainer", "factbox"}
    | {"factcheck", "fact", "check", "opinion", "editorial", "timeline", "interview"}
    | {"commentary", "column", "feature", "profile", "review", "obituary", "briefing"}
    | {"morning", "evening", "daily", "weekly", "newsletter", "in", "brief"}
)
