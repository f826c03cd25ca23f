"""The rules file's schema: every field a rules file may hold, and what it means.

The parser accepts exactly these fields (anything else is an "unknown field" problem
with its line) and ``docs/policy.md`` is checked to document each of them, so the file
format, its parser and its documentation cannot drift apart.
"""

from __future__ import annotations

#: the top level of a rules file
FILE_FIELDS: dict[str, str] = {
    "reasons": "reason codes and the text a statement of reasons shows for each",
    "default": "the effect when no live rule fires",
    "rules": "the rules, in order (order breaks ties between equally strong verdicts)",
}

#: one rule
RULE_FIELDS: dict[str, str] = {
    "id": "unique name of the rule (recorded with every decision it makes)",
    "description": "what the rule is for, in words",
    "shadow": "true: evaluate and record the rule, never act on it",
    "when": "the condition",
    "then": "the effect",
}

#: an effect (a rule's ``then``, the file's ``default``)
EFFECT_FIELDS: dict[str, str] = {
    "verdict": "remove, queue or allow",
    "queue": "the review queue (verdict queue only; default 'default')",
    "priority": "an integer, higher first within the queue (default 0)",
    "reason": "a reason code declared under reasons:",
}

#: the conditions; a mapping with several of them means all of them
CONDITIONS: dict[str, str] = {
    "all": "every listed condition holds",
    "any": "at least one listed condition holds",
    "not": "the condition does not hold",
    "bank_match": "true (any bank match) or the constraints one match must meet",
    "score": "the detector's score against bounds gte/gt/lte/lt (a number or model_threshold)",
    "theme": "a theme (name), or any of a list, scores at least gte (default 0.5)",
    "language": "the item's detected language is this one or one of this list",
    "kind": "the item's kind (text, image, video, audio, document) is this one or one of this list",
    "source": "the item's source is this one or one of this list",
    "platform": "the item's platform is this one or one of this list",
}

#: the constraints of ``bank_match``
BANK_MATCH_FIELDS: dict[str, str] = {
    "bank": "the bank's name, or a list of names",
    "signal_type": "the signal type (sha256, md5, pdq, vpdq, text_minhash, url, domain), or a list",
    "labels": "label: value (or list of values) pairs the match's labels must all have",
    "max_distance": "the match's distance is at most this",
}

#: the fields of ``score`` and ``theme``
SCORE_FIELDS: dict[str, str] = {"gte": "≥", "gt": ">", "lte": "≤", "lt": "<"}
THEME_FIELDS: dict[str, str] = {
    "name": "the theme, or a list of themes",
    "gte": "the score, 0..1 (default 0.5)",
}

__all__ = [
    "BANK_MATCH_FIELDS",
    "CONDITIONS",
    "EFFECT_FIELDS",
    "FILE_FIELDS",
    "RULE_FIELDS",
    "SCORE_FIELDS",
    "THEME_FIELDS",
]
