"""Typed evidence: what a verdict or a decision rests on, one frozen value per kind.

A reviewer, an appeal and a statement of reasons all need to know *why* content was
flagged: which bank entry it matched (and where that list came from), which phrases drew
the detector's attention, which labelled examples it resembles, what text was read from
an image or heard in a video, and which rule decided. Each of those is one small frozen
dataclass here, built by the stage that knows it and serialised one way.

``to_dict()`` gives a JSON-safe dict with a ``kind`` key, with exactly the keys and key
order vigil has always stored (``phrase``, ``language_cue``, ``neighbour``, ``model``,
``match``, ``ocr``/``asr``), so rows written before these types existed read back and
rows written now are byte-identical to before. :func:`evidence_from_dict` and
:func:`evidence_list_from_json` read them back; a dict of an unknown kind, or with a
missing, unknown or mistyped field, raises :class:`~vigil.errors.EvidenceError` naming
the kind and the field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from vigil.errors import EvidenceError

# -- reading one field --------------------------------------------------------------------------
# Each reader takes (kind, key, value) and returns the value, or raises EvidenceError.

Reader = Callable[[str, str, Any], Any]


def _bad(kind: str, key: str, want: str, value: Any) -> EvidenceError:
    return EvidenceError(f"evidence of kind {kind!r}: {key!r} must be {want}, not {type(value).__name__}")


def _str(kind: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _bad(kind, key, "a string", value)
    return value


def _num(kind: str, key: str, value: Any) -> float:
    # bool is an int to Python, never a number to a reader of evidence
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(kind, key, "a number", value)
    return value


def _int(kind: str, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(kind, key, "an integer", value)
    return value


def _bool(kind: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _bad(kind, key, "true or false", value)
    return value


def _optional(read: Reader) -> Reader:
    def inner(kind: str, key: str, value: Any) -> Any:
        return None if value is None else read(kind, key, value)

    return inner


def _mapping(read: Reader) -> Reader:
    def inner(kind: str, key: str, value: Any) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise _bad(kind, key, "an object", value)
        return {_str(kind, f"{key} key", k): read(kind, f"{key}[{k!r}]", v) for k, v in value.items()}

    return inner


def _words(kind: str, key: str, value: Any) -> tuple[CueWord, ...]:
    if not isinstance(value, list | tuple):
        raise _bad(kind, key, "a list", value)
    out = []
    for i, w in enumerate(value):
        if not isinstance(w, Mapping) or set(w) != {"text", "weight"}:
            raise EvidenceError(f"evidence of kind {kind!r}: {key}[{i}] must be {{text, weight}}")
        out.append(
            CueWord(_str(kind, f"{key}[{i}].text", w["text"]), _num(kind, f"{key}[{i}].weight", w["weight"]))
        )
    return tuple(out)


def _evidence_tuple(kind: str, key: str, value: Any) -> tuple[Evidence, ...]:
    if not isinstance(value, list | tuple):
        raise _bad(kind, key, "a list", value)
    return tuple(evidence_list(value, where=f"evidence of kind {kind!r}: {key}"))


@dataclass(frozen=True)
class _Key:
    """How one field is stored: its reader, and when it is left out of the dict."""

    name: str
    read: Reader
    omit: Literal["never", "none", "empty"] = "never"

    def omitted(self, value: Any) -> bool:
        return (self.omit == "none" and value is None) or (self.omit == "empty" and not value)


def _dump(value: Any) -> Any:
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, tuple):
        return [v.to_dict() for v in value]
    return value


class _Stored:
    """Shared ``to_dict``/``from_dict`` of the evidence types, driven by their ``KEYS``."""

    KIND: ClassVar[str]
    KEYS: ClassVar[tuple[_Key, ...]]

    @property
    def kind(self) -> str:
        return self.KIND

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        for k in self.KEYS:
            value = getattr(self, k.name)
            if not k.omitted(value):
                out[k.name] = _dump(value)
        return out

    @classmethod
    def _values(cls, d: Mapping[str, Any]) -> dict[str, Any]:
        kind = str(d.get("kind"))
        names = {k.name for k in cls.KEYS}
        unknown = sorted(set(d) - names - {"kind"}, key=str)
        if unknown:
            raise EvidenceError(f"evidence of kind {kind!r}: unknown field {unknown[0]!r}")
        values = {}
        for k in cls.KEYS:
            if k.name in d:
                values[k.name] = k.read(kind, k.name, d[k.name])
            elif k.omit == "never":
                raise EvidenceError(f"evidence of kind {kind!r}: missing field {k.name!r}")
        return values

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Any:
        return cls(**cls._values(d))


# -- the evidence types -------------------------------------------------------------------------


@dataclass(frozen=True)
class BankMatch(_Stored):
    """Content matched an entry of a hash bank (an exact, perceptual, text or URL signal).

    ``labels`` are the labels in force (the bank's, overlaid by the entry's: ``tier``,
    ``ideology``, ``list``, ``theme``...); ``bank_labels``/``entry_labels`` keep who gave
    which. ``source``/``source_id``/``source_date`` say where the listed hash came from.
    ``media`` is the sha256 of the media that matched (absent for a text match).
    """

    KIND: ClassVar[str] = "match"
    KEYS: ClassVar[tuple[_Key, ...]] = (
        _Key("media", _optional(_str), "none"),
        _Key("bank", _str),
        _Key("signal_type", _str),
        _Key("distance", _num),
        _Key("entry", _int),
        _Key("labels", _mapping(_str)),
        _Key("variant", _str),
        _Key("bank_labels", _mapping(_str), "empty"),
        _Key("entry_labels", _mapping(_str), "empty"),
        _Key("source", _str, "empty"),
        _Key("source_id", _str, "empty"),
        _Key("source_date", _str, "empty"),
    )

    bank: str
    signal_type: str
    distance: float
    entry: int
    labels: Mapping[str, str] = field(default_factory=dict)
    variant: str = "orig"
    media: str | None = None
    bank_labels: Mapping[str, str] = field(default_factory=dict)
    entry_labels: Mapping[str, str] = field(default_factory=dict)
    source: str = ""
    source_id: str = ""
    source_date: str = ""


@dataclass(frozen=True)
class Phrase(_Stored):
    """A phrase that drew the detector's first stage, with its weight (when it gave one)."""

    KIND: ClassVar[str] = "phrase"
    KEYS: ClassVar[tuple[_Key, ...]] = (_Key("text", _str), _Key("weight", _optional(_num), "none"))

    text: str
    weight: float | None = None


@dataclass(frozen=True)
class CueWord:
    """One function word of a :class:`LanguageCue`, with its own weight."""

    text: str
    weight: float

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "weight": self.weight}


@dataclass(frozen=True)
class LanguageCue(_Stored):
    """How much of the first stage's attention came from the language's function words
    (net ``weight``) rather than from what the text says; ``words`` are the heaviest."""

    KIND: ClassVar[str] = "language_cue"
    KEYS: ClassVar[tuple[_Key, ...]] = (
        _Key("text", _str),
        _Key("weight", _num),
        _Key("words", _words, "empty"),
    )

    text: str
    weight: float
    words: tuple[CueWord, ...] = ()


@dataclass(frozen=True)
class Neighbour(_Stored):
    """One of the nearest labelled self-written examples, with its label and family."""

    KIND: ClassVar[str] = "neighbour"
    KEYS: ClassVar[tuple[_Key, ...]] = (
        _Key("text", _str),
        _Key("label", _str),
        _Key("family", _str),
        _Key("lang", _optional(_str), "none"),
        _Key("similarity", _optional(_num), "none"),
    )

    text: str
    label: str
    family: str
    lang: str | None = None
    similarity: float | None = None


@dataclass(frozen=True)
class ModelParts(_Stored):
    """A stage's raw logit and what each of its inputs added to it (with the bias, they sum to it)."""

    KIND: ClassVar[str] = "model"
    KEYS: ClassVar[tuple[_Key, ...]] = (_Key("stage", _int), _Key("raw", _num), _Key("parts", _mapping(_num)))

    stage: int
    raw: float
    parts: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class MediaText(_Stored):
    """Text read from media (``ocr``) or heard in it (``asr``), where, and how the detector
    judged it; ``detail`` is the detector's own evidence for that text (at most three)."""

    KINDS: ClassVar[tuple[str, ...]] = ("ocr", "asr")
    KEYS: ClassVar[tuple[_Key, ...]] = (
        _Key("media", _str),
        _Key("text", _str),
        _Key("score", _num),
        _Key("flagged", _bool),
        _Key("lang", _optional(_str)),
        _Key("frame", _optional(_int), "none"),
        _Key("t", _optional(_num), "none"),
        _Key("t_end", _optional(_num), "none"),
        _Key("detail", _evidence_tuple, "empty"),
    )

    source: Literal["ocr", "asr"]
    media: str
    text: str
    score: float
    flagged: bool
    lang: str | None = None
    frame: int | None = None
    t: float | None = None
    t_end: float | None = None
    detail: tuple[Evidence, ...] = ()

    def __post_init__(self) -> None:
        if self.source not in self.KINDS:
            raise EvidenceError(
                f"media text source must be one of {', '.join(self.KINDS)}, not {self.source!r}"
            )

    @property
    def kind(self) -> str:
        return self.source

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> MediaText:
        return cls(source=d["kind"], **cls._values(d))


@dataclass(frozen=True)
class RuleFired(_Stored):
    """A policy rule whose condition held: its effect, whether it only shadowed (recorded,
    never acting), and the version (sha256) of the rules file it came from."""

    KIND: ClassVar[str] = "rule"
    KEYS: ClassVar[tuple[_Key, ...]] = (
        _Key("rule_id", _str),
        _Key("verdict", _str),
        _Key("queue", _optional(_str)),
        _Key("priority", _int),
        _Key("reason", _str),
        _Key("shadow", _bool),
        _Key("rules_version", _str),
    )

    rule_id: str
    verdict: str
    queue: str | None
    priority: int
    reason: str
    shadow: bool
    rules_version: str


Evidence = BankMatch | Phrase | LanguageCue | Neighbour | ModelParts | MediaText | RuleFired

EVIDENCE_TYPES: dict[str, type[_Stored]] = {
    **{t.KIND: t for t in (BankMatch, Phrase, LanguageCue, Neighbour, ModelParts, RuleFired)},
    **dict.fromkeys(MediaText.KINDS, MediaText),
}


def evidence_from_dict(d: Mapping[str, Any]) -> Evidence:
    """The evidence value a stored dict describes; :class:`EvidenceError` if none does."""
    if not isinstance(d, Mapping):
        raise EvidenceError(f"evidence must be an object with a 'kind', not {type(d).__name__}")
    if "kind" not in d:
        raise EvidenceError("evidence has no 'kind'")
    kind = d["kind"]
    cls = EVIDENCE_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        known = ", ".join(sorted(EVIDENCE_TYPES))
        raise EvidenceError(f"unknown evidence kind {kind!r} (known: {known})")
    value: Evidence = cls.from_dict(d)
    return value


def evidence_list(values: Iterable[Any], *, where: str = "evidence") -> list[Evidence]:
    """Evidence values from a list that may mix stored dicts and evidence values; an
    error names the position of the value that cannot be read."""
    out: list[Evidence] = []
    for i, v in enumerate(values):
        if isinstance(v, _Stored):
            out.append(v)  # type: ignore[arg-type]
            continue
        try:
            out.append(evidence_from_dict(v))
        except EvidenceError as exc:
            raise EvidenceError(f"{where} #{i}: {exc}") from None
    return out


def evidence_list_from_json(text: str | bytes | None) -> list[Evidence]:
    """The evidence of a stored JSON list (``None`` or empty text: no evidence)."""
    if text is None or not text.strip():
        return []
    try:
        values = json.loads(text)
    except ValueError as exc:
        raise EvidenceError(f"evidence is not JSON: {exc}") from None
    if not isinstance(values, list):
        raise EvidenceError(f"evidence must be a JSON list, not {type(values).__name__}")
    return evidence_list(values)


def evidence_to_json(values: Iterable[Evidence]) -> str:
    """The stored form of a list of evidence (the one way vigil writes it)."""
    return json.dumps([v.to_dict() for v in values], ensure_ascii=False)


__all__ = [
    "EVIDENCE_TYPES",
    "BankMatch",
    "CueWord",
    "Evidence",
    "LanguageCue",
    "MediaText",
    "ModelParts",
    "Neighbour",
    "Phrase",
    "RuleFired",
    "evidence_from_dict",
    "evidence_list",
    "evidence_list_from_json",
    "evidence_to_json",
]
