"""The pipeline: one path from a source to a stored decision, for every item.

:func:`scan` reads a source, extracts each record's fields, matches it against every
enabled bank (text posts too: near-duplicate text, URLs, domains, exact hashes), scores
its text with the detector, lets the policy rules decide, and stores the item, its
matches, its score and the decision — in batches that commit whole. The media stage then
hands what it learns from each media file (hashes matched, text read or heard) to the
same :class:`Judge`, which appends a new decision for every post carrying it. Nothing
downstream rewrites an upstream result: every judgement is a new row.

:func:`judge_text` is the same judgement for one text, without a database (the HTTP
service calls it).
"""

from vigil.pipeline.judge import (
    FLAGGING_VERDICTS,
    Judge,
    Judgement,
    MediaSignals,
    Subject,
    default_judge,
    judge_text,
)
from vigil.pipeline.scan import (
    DEFAULT_BATCH,
    ScanSummary,
    build_item,
    decision_row,
    judge_items,
    scan,
    subject_of,
)

__all__ = [
    "DEFAULT_BATCH",
    "FLAGGING_VERDICTS",
    "Judge",
    "Judgement",
    "MediaSignals",
    "ScanSummary",
    "Subject",
    "build_item",
    "decision_row",
    "default_judge",
    "judge_items",
    "judge_text",
    "scan",
    "subject_of",
]
