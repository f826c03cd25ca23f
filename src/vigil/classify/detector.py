"""The shipped detector: a two-stage cascade with calibrated scores, themes and evidence.

Stage 1 (:mod:`vigil.classify.ngrams`) is a hashed n-gram linear model that costs
microseconds a post and is cut so low that practically everything the full model would
flag passes; on an ordinary stream it rules out most posts. Stage 2 embeds only the
candidates with the multilingual Universal Sentence Encoder; a classifier on the embedding,
trained with multilingual hard negatives (counter-speech, news and research about
terrorism, faith practice, humanitarian appeals, scripture), is stacked with the stage-1
logit and with what the nearest labelled self-written texts say
(:func:`~vigil.classify.heads.bank_features`; :class:`~vigil.classify.heads.Stacker`) and
decides. Its raw output is mapped to a
probability by an isotonic calibrator fitted on held-out (out-of-fold) predictions, and
``flagged`` applies the shipped threshold, picked on in-domain hard negatives.

Evidence, for every candidate: the phrases that drew stage 1's attention and the nearest
labelled examples from a bank of self-written texts (with their family), so a reviewer
sees what the text resembles; and the stage-2 raw score.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from vigil.classify.arrays import load_arrays
from vigil.classify.encoder import embed
from vigil.classify.fairness import canonicalize, project_out
from vigil.classify.heads import (
    BANK_FEATURES,
    BANK_FLOOR,
    BANK_K,
    BASE_FEATURES,
    Calibrator,
    Stacker,
    StanceClassifier,
    ThemeClassifier,
    bank_features,
    unit_rows,
)
from vigil.classify.ngrams import DEFAULT_ANALYZER, NgramScorer
from vigil.classify.places import mask_places
from vigil.classify.text import model_text, outside_quotes, rare_language
from vigil.classify.themes import THEMES, seed_matrix

BATCH = 2048


@dataclass(frozen=True)
class Verdict:
    """The detector's judgement of one text (it judges content, never people)."""

    score: float  # calibrated P(text is terrorist propaganda), 0..1
    flagged: bool  # score >= the shipped operating threshold
    # every theme -> tagging score (0.5 = its F1-best cut; corpus shares: classify.quantify)
    themes: dict[str, float] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "flagged": self.flagged,
            "themes": self.themes,
            "evidence": self.evidence,
        }


def _zero_themes() -> dict[str, float]:
    return dict.fromkeys(THEMES, 0.0)


class CascadeDetector:
    """Stage-1 n-gram filter → stage-2 embedding stance classifier → calibration."""

    def __init__(self, model_dir: str | Path) -> None:
        self.model_dir = Path(model_dir)
        self.manifest: dict[str, Any] = json.loads((self.model_dir / "manifest.json").read_text("utf-8"))
        self.version: str = str(self.manifest["version"])
        self.threshold: float = float(self.manifest["threshold"])
        self.stage1_cut: float = float(self.manifest["stage1_cut"])
        self.stage1_bypass: bool = self.manifest.get("stage1_bypass") == "rare_language"
        reject = float(self.manifest.get("stage1_reject_score", 0.0))
        self.reject_score: float = min(reject, self.threshold / 2)
        a = load_arrays(self.model_dir / "model.npz")
        self.stage1 = NgramScorer(analyzer=str(self.manifest.get("stage1_analyzer", DEFAULT_ANALYZER)))
        self.stage1.coef_ = a["s1_coef"].astype(np.float32)
        self.stage1.intercept_ = float(a["s1_intercept"][0])
        self.stage2 = StanceClassifier.from_arrays(a, "s2_")
        self.stack = Stacker.from_arrays(a["stack_w"], float(a["stack_b"][0]))
        self.calib2 = Calibrator.from_knots(a["cal2_x"], a["cal2_y"])
        self.themes_head = ThemeClassifier(THEMES)
        self.themes_head.coef_ = a["th_W"].astype(np.float32)
        self.themes_head.intercept_ = a["th_b"].astype(np.float32)
        self.themes_head.stack_ = a["th_stack"].astype(np.float64) if "th_stack" in a else None
        self.bank_emb = unit_rows(a["bank_emb"].astype(np.float32))
        self.debias = a["debias"].astype(np.float32) if "debias" in a else np.zeros((0, 512), np.float32)
        bank = (self.model_dir / "bank.jsonl").read_text("utf-8")
        self.bank = [json.loads(line) for line in bank.splitlines()]
        self.bank_labels = np.asarray([int(b["label"]) for b in self.bank], dtype=np.int64)
        self.canonical_identity: bool = self.manifest.get("embedding_input") == "canonical_identity"
        # Both stages read place names as one word (places.mask_places), if trained so.
        self.mask_places: bool = bool(self.manifest.get("mask_places"))
        # Stage 2 also reads what the text says outside its quotation marks, if trained so.
        self.outside_quotes: bool = self.manifest.get("stage2_input") == "text_and_outside_quotes"
        features = self.manifest.get("stack_features") or list(BASE_FEATURES)
        self.stack_features: list[str] = [str(f) for f in features]
        self.stack_bank: bool = set(BANK_FEATURES) <= set(features)
        bank_cfg = self.manifest.get("bank_features") or {}
        self.bank_k = int(bank_cfg.get("k", BANK_K))
        self.bank_floor = float(bank_cfg.get("floor", BANK_FLOOR))

    # -- scoring -----------------------------------------------------------------------------
    def score(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[Verdict]:
        """One :class:`Verdict` per text, in order. ``langs`` is accepted for the contract
        (the scan pipeline passes it) but not used as a feature: the same words must get
        the same score whatever language tag a post carries."""
        out: list[Verdict] = []
        for i in range(0, len(texts), BATCH):
            out.extend(self._score_batch(texts[i : i + BATCH]))
        return out

    def theme_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """The theme scores of every text, stage 1 or not (rows: texts; columns:
        :data:`THEMES`). :meth:`score` only computes themes for texts that reach stage 2;
        this is how theme quality is measured apart from detection."""
        clean = self.clean(texts)
        out = np.zeros((len(clean), len(THEMES)))
        for i in range(0, len(clean), BATCH):
            part = clean[i : i + BATCH]
            out[i : i + len(part)] = self.themes_head.predict_proba(self._embed(part), seed_matrix(part))
        return out

    def clean(self, texts: Sequence[str]) -> list[str]:
        """What both stages read of each text: :func:`~vigil.classify.text.model_text`,
        with place names masked if the model was trained so."""
        clean = [model_text(t) for t in texts]
        return [mask_places(c) for c in clean] if self.mask_places else clean

    def _embed(self, clean: Sequence[str]) -> np.ndarray:
        """Stage 2's input: sentence embeddings (of the text with identity words made one
        word per group, if the model was trained so) with the identity directions projected
        out."""
        if self.canonical_identity:
            clean = [canonicalize(c) for c in clean]
        return project_out(embed(clean), self.debias)

    def _stage2_input(self, clean: Sequence[str], E: np.ndarray) -> np.ndarray:
        """The embeddings ``E`` of ``clean``, and, if the model reads them, the embeddings
        of what each text says outside its quotation marks (``E``'s row where it quotes
        nothing)."""
        if not self.outside_quotes:
            return E
        outside = [outside_quotes(c) for c in clean]
        idx = [k for k, (o, c) in enumerate(zip(outside, clean, strict=True)) if o != c]
        E_out = E.copy()
        if idx:
            E_out[idx] = self._embed([outside[k] for k in idx])
        return np.hstack([E, E_out])

    def stage1_logits(self, clean: Sequence[str]) -> np.ndarray:
        return self.stage1.decision_function(clean)

    def _score_batch(self, texts: Sequence[str]) -> list[Verdict]:
        clean = self.clean(texts)
        s1 = self.stage1_logits(clean)
        # Languages rare in the training pack skip the n-gram filter (text.rare_language).
        passed = s1 >= self.stage1_cut
        if self.stage1_bypass:
            passed |= np.array([rare_language(c) for c in clean], dtype=bool)
        cand = np.flatnonzero(passed & np.array([bool(c) for c in clean]))
        verdicts: list[Verdict | None] = [None] * len(texts)
        if len(cand):
            cand_clean = [clean[i] for i in cand]
            E = self._embed(cand_clean)
            sims = unit_rows(E) @ self.bank_emb.T  # cosine similarity to the labelled bank
            extra = None
            if self.stack_bank:
                extra = bank_features(sims, self.bank_labels, self.bank_k, self.bank_floor)
            ze = self.stage2.decision_function(self._stage2_input(cand_clean, E))
            z2 = self.stack.decision_function(ze, s1[cand], extra)
            parts = self.stack.contributions(ze, s1[cand], extra)
            p2 = self.calib2.transform(z2)
            th = self.themes_head.predict_proba(E, seed_matrix(cand_clean))
            for k, i in enumerate(cand):
                score = round(float(np.clip(p2[k], 0.0, 1.0)), 4)
                flagged = score >= self.threshold
                evidence = self._evidence(clean[i], float(z2[k]), sims[k], parts[k])
                themes = {t: round(float(th[k, j]), 4) for j, t in enumerate(THEMES)}
                verdicts[i] = Verdict(score, flagged, themes, evidence)
        for j, v in enumerate(verdicts):
            if v is None:
                verdicts[j] = Verdict(self.reject_score, False, _zero_themes(), [])
        return [v for v in verdicts if v is not None]

    def _evidence(self, text: str, z2: float, sims: np.ndarray, parts: np.ndarray) -> list[dict[str, Any]]:
        ev: list[dict[str, Any]] = self.stage1.phrases(text, top=5)
        for j in np.argsort(-sims, kind="stable")[:3]:
            b = self.bank[int(j)]
            ev.append(
                {
                    "kind": "neighbour",
                    "text": b["text"],
                    "label": "propaganda" if b["label"] == 1 else "not propaganda",
                    "family": b["group"],
                    "lang": b["lang"],
                    "similarity": round(float(sims[j]), 3),
                }
            )
        # The stage-2 logit, and what each of the stacker's inputs added to it (weight ×
        # value; with the bias they sum to the logit): the meaning (embedding), the words
        # (stage 1), their agreement, and the nearest labelled examples (bank_knn, bank_gap).
        named = dict(zip(self.stack_features, (round(float(v), 3) for v in parts), strict=True))
        named["bias"] = round(float(self.stack.intercept_), 3)
        ev.append({"kind": "model", "stage": 2, "raw": round(z2, 3), "parts": named})
        return ev


def default_model_dir() -> Path:
    return Path(str(resources.files("vigil.classify") / "model"))


@lru_cache(maxsize=4)
def _load(model_dir: str) -> CascadeDetector:
    return CascadeDetector(model_dir)


def load_detector(model_dir: str | Path | None = None) -> CascadeDetector:
    """The shipped detector (loaded once per process and cached; fully offline)."""
    return _load(str(Path(model_dir) if model_dir else default_model_dir()))


__all__ = ["BATCH", "CascadeDetector", "Verdict", "default_model_dir", "load_detector"]
