"""Across articles: the same entity, the same event, the history of a claim, contradictions.

Everything here is a pure function over plain records read from sitrep.extraction/1 payloads
(`records_from_payload`), so the ledger can be rebuilt from the store at any time and the logic
can be tested on hand-made extractions:

1. `link_entities` groups the names seen in every article ("Macron", "President Emmanuel
   Macron", "the French president") and `EntityIndex.canonical` gives each its entity;
2. `cluster_events` groups the event reports into canonical events (same type, close in time,
   same place or one inside the other, compatible actors, told alike: a denial joins the act it
   denies, a plan only the act that carries it out, `incident_modality`); every report stays a
   member;
3. `claim_histories` groups the numbers by a precise subject (what is counted, whose, where, in
   which kind of event) into values over time; a toll of one incident takes its canonical
   event's place and counts its victims by side whoever gives it, one dated incident's tolls
   join and two incidents' at one place stay apart (`claim_incidents`), and a running toll
   ("the war has killed 14,000") stays apart; values in units of one kind (square miles, square
   kilometres) share one history, in its first report's unit, and a province named after its
   town files its figures under the town (`provinces`); `contradictions` flags the values that
   cannot both be true for the same subject at the same time, given by different reports or
   different sources, counting the civilians a source gives against another's toll as its toll
   (`disputes`) and never a source's correction of its own figure (`corrections`);
4. `matching_subjects` finds the histories an analyst's words name ("the Kidal death toll"),
   a town's incidents in the order they happened."""

from __future__ import annotations

from sitrep.link.claims import (
    CLAIM_WINDOW_DAYS,
    RUNNING_TOLL_TOPIC,
    VICTIM_CLASSES,
    Contradiction,
    History,
    claim_histories,
    contradictions,
    running_toll,
    subject_label,
    value_interval,
    victim_class,
)
from sitrep.link.dates import (
    SENTENCE_END,
    date_interval,
    days_apart,
    sentence_around,
    sentence_bounds,
)
from sitrep.link.entities import (
    DETERMINERS,
    PERSON_KINDS,
    TITLE_WORDS,
    EntityIndex,
    NameParts,
    canonical_entity,
    fold,
    link_entities,
    split_name,
)
from sitrep.link.events import (
    ADMIN1_LEVELS,
    BACKGROUND_DAYS,
    COUNTRY_LEVELS,
    EVENT_WINDOW_DAYS,
    NEARBY_KM,
    SAYING_TYPES,
    Cluster,
    canonical_summary,
    cluster_events,
    cluster_scores,
    compatibility,
    event_interval,
    incident_places,
    place_compatibility,
)
from sitrep.link.records import (
    CUMULATIVE_MEASURES,
    PROJECTION_WORDS,
    UNDATED_LOOKBACK_DAYS,
    ClaimRecord,
    EventPlaceRecord,
    EventRecord,
    Mention,
    records_from_payload,
    worded_toll,
)
from sitrep.link.subject_search import matching_subjects

__all__ = [
    "ADMIN1_LEVELS",
    "BACKGROUND_DAYS",
    "CLAIM_WINDOW_DAYS",
    "COUNTRY_LEVELS",
    "CUMULATIVE_MEASURES",
    "DETERMINERS",
    "EVENT_WINDOW_DAYS",
    "NEARBY_KM",
    "PERSON_KINDS",
    "PROJECTION_WORDS",
    "RUNNING_TOLL_TOPIC",
    "SAYING_TYPES",
    "SENTENCE_END",
    "TITLE_WORDS",
    "UNDATED_LOOKBACK_DAYS",
    "VICTIM_CLASSES",
    "ClaimRecord",
    "Cluster",
    "Contradiction",
    "EntityIndex",
    "EventPlaceRecord",
    "EventRecord",
    "History",
    "Mention",
    "NameParts",
    "canonical_entity",
    "canonical_summary",
    "claim_histories",
    "cluster_events",
    "cluster_scores",
    "compatibility",
    "contradictions",
    "date_interval",
    "days_apart",
    "event_interval",
    "fold",
    "incident_places",
    "link_entities",
    "matching_subjects",
    "place_compatibility",
    "records_from_payload",
    "running_toll",
    "sentence_around",
    "sentence_bounds",
    "split_name",
    "subject_label",
    "value_interval",
    "victim_class",
    "worded_toll",
]
