"""Judging content: signals → detector → policy, in one place for every caller.

A post from a scan, an image or a video from the media stage, and a text sent to the HTTP
service are all judged here, the same way:

1. **signals**: the content's bank matches — for text its near-duplicate MinHash, its
   URLs and domains and the exact hashes (sha256, md5) of its bytes; for media the hashes
   the media stage computed; and the matches of every media attached to a post;
2. **detector**: the calibrated score, themes and evidence of the text (and of the text
   read from or heard in its media);
3. **policy**: the rules decide on those :class:`~vigil.policy.Signals`; the winning
   effect (and every rule that fired, shadow rules included) is the :class:`Judgement`'s
   decision.

Nothing here writes anything: a :class:`Judgement` is what the caller stores (the scan and
the media stage append it as a decision row) or returns (the HTTP service). A
:class:`Judge` loads the detector, the rules and the banks once; :func:`judge_text` is
the one-call form for a single text.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, cast

from vigil.evidence import BankMatch, Evidence, MediaText, RuleFired, evidence_list
from vigil.items import sha256_text
from vigil.policy import DetectorSignal, RuleSet, Signals, decide, default_rules
from vigil.policy.decision import Decision

if TYPE_CHECKING:
    from vigil.classify import Detector
    from vigil.signals.matcher import Match, Matcher
    from vigil.store import Store
    from vigil.store.media import TextLike

#: at most this many pieces of text read from one media are kept as evidence
MAX_TEXT_EVIDENCE = 5
#: the verdicts that put content in front of a person or take it down ("flagged")
FLAGGING_VERDICTS = frozenset({"remove", "queue"})


@dataclass(frozen=True)
class MediaSignals:
    """What was learnt from one media file, as a post carrying it is judged on: its
    detector ``score`` (of the text read from it; ``None`` if it has none), the themes of
    that text, and its evidence (bank matches, text read)."""

    sha256: str
    score: float | None = None
    themes: Mapping[str, float] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    model: str = ""

    @property
    def bank_matches(self) -> tuple[BankMatch, ...]:
        return tuple(e for e in self.evidence if isinstance(e, BankMatch))


@dataclass(frozen=True)
class Subject:
    """One piece of content to judge: a text (possibly empty) with the context rules may
    use, and the signals of the media attached to it. ``urls``/``domains`` default to
    those found in the text."""

    text: str
    uid: str = ""
    kind: str = "text"
    lang: str | None = None
    source: str | None = None
    platform: str | None = None
    urls: Sequence[str] | None = None
    domains: Sequence[str] | None = None
    media: Sequence[MediaSignals] = ()


@dataclass(frozen=True)
class Judgement:
    """The judgement of one piece of content: the detector's ``score`` and ``themes`` (of
    its text and the text of its media; ``None``/empty when there was no text to score),
    the evidence the decision rests on, and the policy ``decision`` (verdict, queue,
    priority, reason, the rule that decided, every rule that fired)."""

    uid: str
    score: float | None
    themes: Mapping[str, float]
    evidence: tuple[Evidence, ...]
    decision: Decision
    model: str = ""

    @property
    def verdict(self) -> str:
        return self.decision.verdict

    @property
    def flagged(self) -> bool:
        """Whether the decision puts the content before a person (``queue``) or removes it."""
        return self.decision.verdict in FLAGGING_VERDICTS

    @property
    def has_signals(self) -> bool:
        """Whether there was anything to judge on: a scored text or a bank match."""
        return self.score is not None or any(isinstance(e, BankMatch) for e in self.evidence)

    @property
    def rule_id(self) -> str | None:
        return self.decision.rule_id

    @property
    def bank_matches(self) -> tuple[BankMatch, ...]:
        return tuple(e for e in self.evidence if isinstance(e, BankMatch))

    @property
    def all_evidence(self) -> tuple[Evidence, ...]:
        """The signals' evidence, then every rule that fired (what a decision row stores)."""
        return (*self.evidence, *self.decision.evidence)

    def media_signals(self, sha256: str) -> MediaSignals:
        """This judgement of a media file, as the posts carrying it are judged on."""
        return MediaSignals(sha256, self.score, dict(self.themes), self.evidence, self.model)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form (the HTTP service's response body)."""
        d = self.decision
        return {
            "uid": self.uid,
            "score": None if self.score is None else round(self.score, 6),
            "flagged": self.flagged,
            "verdict": d.verdict,
            "queue": d.queue,
            "priority": d.priority,
            "reason": d.reason_code,
            "rule_id": d.rule_id,
            "rules_version": d.rules_version,
            "model": self.model or None,
            "themes": {k: round(float(v), 4) for k, v in self.themes.items()},
            "evidence": [e.to_dict() for e in self.all_evidence],
        }


def _text_hashes(text: str) -> list[tuple[str, str]]:
    data = text.encode("utf-8", errors="surrogatepass")
    return [("sha256", hashlib.sha256(data).hexdigest()), ("md5", hashlib.md5(data).hexdigest())]


class Judge:
    """The detector, the rules and the banks, loaded once; judges any number of subjects.

    ``detector`` is any object of the :class:`~vigil.classify.Detector` shape (``None``:
    texts go unscored, e.g. when no model could be loaded), ``rules`` default to the
    shipped rules and ``matcher`` to no banks (:meth:`for_store`: a database's enabled
    banks). :meth:`shipped` is the shipped detector and rules.
    """

    def __init__(
        self,
        detector: Detector | None,
        rules: RuleSet | None = None,
        matcher: Matcher | None = None,
    ) -> None:
        if matcher is None:
            from vigil.signals.matcher import Matcher

            matcher = Matcher(())
        self.detector = detector
        self.rules = rules if rules is not None else default_rules()
        self.matcher = matcher

    @classmethod
    def shipped(cls, rules: RuleSet | None = None) -> Judge:
        """The shipped detector (loaded once per process) and ``rules`` (default: the shipped ones)."""
        from vigil.classify import load_detector

        return cls(load_detector(), rules)

    @classmethod
    def for_store(
        cls,
        store: Store,
        *,
        detector: Detector | None = None,
        rules: RuleSet | None = None,
        banks: Sequence[str] | None = None,
    ) -> Judge:
        """A judge that matches against the enabled entries of ``store``'s banks (or of ``banks``)."""
        from vigil.signals.matcher import Matcher

        return cls(detector, rules, Matcher.from_store(store, banks))

    @property
    def model(self) -> str:
        """The detector's version."""
        return str(getattr(self.detector, "version", "") or "")

    @property
    def threshold(self) -> float:
        """The detector's own operating threshold (``model_threshold`` in a rule)."""
        return float(getattr(self.detector, "threshold", 1.0))

    # -- the steps --------------------------------------------------------------------------
    def text_matches(self, subject: Subject) -> list[Match]:
        """Bank matches of a subject's text: near-duplicate, URLs, domains, exact hashes."""
        if not len(self.matcher) or not (subject.text.strip() or subject.urls or subject.domains):
            return []
        from vigil.signals.matcher import QueryHash

        content = sha256_text(subject.text)  # an entry marked a false positive for this text is left out
        found = self.matcher.match_text(
            subject.text, urls=subject.urls, domains=subject.domains, content=content
        )
        if subject.text.strip():
            exact = [QueryHash(t, h) for t, h in _text_hashes(subject.text)]
            seen = {m.entry for m in found}
            found.extend(m for m in self.matcher.match_hashes(exact, content=content) if m.entry not in seen)
        return found

    def score_texts(self, texts: Sequence[str], langs: Sequence[str | None]) -> list[Any]:
        """The detector's verdict on each text (empty texts: ``None``); equal texts scored once."""
        unique: dict[str, int] = {}
        for i, text in enumerate(texts):
            if text.strip():
                unique.setdefault(text, i)
        out: list[Any] = [None] * len(texts)
        if not unique or self.detector is None:
            return out
        reps = list(unique.values())
        verdicts = self.detector.score([texts[i] for i in reps], [langs[i] or "und" for i in reps])
        by_text = {texts[i]: v for i, v in zip(reps, verdicts, strict=True)}
        for i, text in enumerate(texts):
            out[i] = by_text.get(text)
        return out

    def judge(self, subjects: Sequence[Subject], *, decided_at: str | None = None) -> list[Judgement]:
        """Judge each subject (its text scored in one detector batch); one judgement each, in order."""
        verdicts = self.score_texts([s.text for s in subjects], [s.lang for s in subjects])
        out = []
        for subject, verdict in zip(subjects, verdicts, strict=True):
            matches = [m.evidence() for m in self.text_matches(subject)]
            out.append(self._decide(subject, verdict, matches, decided_at))
        return out

    def judge_media(
        self,
        sha256: str,
        kind: str,
        matches: Iterable[Match],
        texts: Sequence[TextLike],
        *,
        source: str | None = None,
        decided_at: str | None = None,
    ) -> Judgement:
        """Judge one media file on its bank matches and the text read from or heard in it."""
        bank = [m.evidence(sha256) for m in matches]
        langs = [t.lang if t.lang and t.lang != "und" else None for t in texts]
        verdicts = self.score_texts([t.text for t in texts], langs)
        ranked = sorted(
            ((p, v) for p, v in zip(texts, verdicts, strict=True) if v is not None),
            key=lambda pv: -float(pv[1].score),
        )
        evidence: list[Evidence] = list(bank)
        themes: dict[str, float] = {}
        score: float | None = None
        if ranked:
            score = float(ranked[0][1].score)
            for n, (piece, v) in enumerate(ranked):
                if n < MAX_TEXT_EVIDENCE and (n == 0 or v.flagged):
                    evidence.append(_media_text(sha256, piece, v))
                if v.flagged:
                    for k, p in (v.themes or {}).items():
                        themes[k] = max(themes.get(k, 0.0), float(p))
        media = MediaSignals(sha256, score, themes, tuple(evidence), self.model if ranked else "")
        return self._decide(
            Subject("", uid=sha256, kind=kind, source=source, media=[media]), None, [], decided_at
        )

    def _decide(
        self,
        subject: Subject,
        verdict: Any,
        text_matches: list[BankMatch],
        decided_at: str | None,
    ) -> Judgement:
        evidence: list[Evidence] = list(text_matches)
        score: float | None = None
        themes: dict[str, float] = {}
        models: list[str] = []
        if verdict is not None:
            score = float(verdict.score)
            themes = {k: float(v) for k, v in (verdict.themes or {}).items()}
            evidence.extend(evidence_list(verdict.evidence or [], where="detector evidence"))
            models.append(self.model)
        for media in subject.media:
            evidence.extend(e for e in media.evidence if not isinstance(e, RuleFired))
            if media.score is not None:
                score = media.score if score is None else max(score, media.score)
                if media.model and media.model not in models:
                    models.append(media.model)
            for k, v in media.themes.items():
                themes[k] = max(themes.get(k, 0.0), float(v))
        for e in evidence:  # a listed entry labelled with a theme carries it
            if isinstance(e, BankMatch) and (theme := e.labels.get("theme")):
                themes[theme] = 1.0
        model = "+".join(m for m in models if m)
        signals = signals_of(subject, evidence, score, self.threshold, model, themes)
        decision = decide(self.rules, signals, decided_at=decided_at)
        return Judgement(subject.uid, score, themes, tuple(evidence), decision, model)


def signals_of(
    subject: Subject,
    evidence: Sequence[Evidence],
    score: float | None,
    threshold: float,
    model: str,
    themes: Mapping[str, float],
) -> Signals:
    """What the rules see of a subject: its context, the bank matches among ``evidence``,
    the detector's ``score`` (``None``: no detector signal) and the ``themes``."""
    return Signals(
        item_uid=subject.uid,
        kind=subject.kind,
        language=subject.lang,
        source=subject.source,
        platform=subject.platform,
        bank_matches=tuple(e for e in evidence if isinstance(e, BankMatch)),
        detector=DetectorSignal(score, threshold, model) if score is not None else None,
        themes=themes,
    )


def _media_text(sha256: str, piece: TextLike, v: Any) -> MediaText:
    """What was read from (or heard in) a media, where, and the detector's verdict on it."""
    return MediaText(
        source=cast(Literal["ocr", "asr"], piece.source),
        media=sha256,
        text=piece.text[:1000],
        score=round(float(v.score), 4),
        flagged=bool(v.flagged),
        lang=piece.lang,
        frame=piece.frame,
        t=piece.t,
        t_end=piece.t_end,
        detail=tuple(evidence_list((v.evidence or [])[:3], where="detector evidence")),
    )


_DEFAULT: list[Judge] = []
_DEFAULT_LOCK = threading.Lock()


def default_judge() -> Judge:
    """The shipped detector and default rules, without banks; built once per process."""
    with _DEFAULT_LOCK:
        if not _DEFAULT:
            _DEFAULT.append(Judge.shipped())
        return _DEFAULT[0]


def judge_text(
    text: str,
    *,
    lang: str | None = None,
    author: str | None = None,
    time: str | None = None,
    url: str | None = None,
    platform: str | None = None,
    source_id: str | None = None,
    judge: Judge | None = None,
) -> Judgement:
    """Judge one text, as a scan would judge the same post: score, flag, themes, evidence,
    and the policy's decision. ``judge`` carries the detector, rules and banks to use (see
    :meth:`Judge.for_store`); by default the shipped detector and rules, without banks,
    loaded once. ``author`` and ``time`` identify the post (its ``uid``) and are never a
    signal: vigil scores content, never people."""
    from vigil.extract import detect_language
    from vigil.items import Record

    uid = Record(
        text=text, source="", locator="", source_id=source_id, platform=platform, author=author,
        time=time, url=url,
    ).uid()  # fmt: skip
    language = lang or (detect_language(text) if text.strip() else "und")
    subject = Subject(text, uid=uid, lang=language, source=None, platform=platform)
    return (judge or default_judge()).judge([subject])[0]


__all__ = [
    "FLAGGING_VERDICTS",
    "MAX_TEXT_EVIDENCE",
    "Judge",
    "Judgement",
    "MediaSignals",
    "Subject",
    "default_judge",
    "judge_text",
    "signals_of",
]
