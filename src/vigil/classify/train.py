"""``vigil train``: reproducible training of the shipped cascade.

Inputs: the training pack (``train.csv``: pro-ISIS tweets labelled per account, general
tweets, forum posts, news, Qur'an and hadith) and the self-written ``devsets/train.csv``
(multilingual propaganda with theme labels, and the hard negatives the pack lacks:
counter-speech, news and research about terrorism, faith practice, humanitarian appeals,
scripture on fighting, islamophobic hate). Self-written rows are up-weighted: they are few,
and they are the only place the model can learn *stance* rather than topic or language.

Steps, all deterministic (fixed folds, deterministic solvers, no random seeds in play):

1. out-of-fold (grouped 5-fold: an account's tweets, or one concept's translations, stay
   in one fold) predictions of the n-gram model and of the embedding model, stacked by a
   small logistic regression (stage 2 reads both), and isotonic calibration;
2. the operating threshold: the lowest one at which every hard-negative family's
   out-of-fold false-positive rate is within its target (issue 4's goals);
3. the stage-1 cut: the out-of-fold n-gram logit that keeps ``stage1_recall`` of the
   texts the full model flags and ``stage1_recall_selfwritten`` of the self-written
   propaganda, so the cascade loses almost nothing;
4. final fits on all data; theme heads; the evidence bank (self-written rows only);
5. artefacts (``model.npz``, ``bank.jsonl``, ``manifest.json``) written byte-for-byte
   reproducibly.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold

from vigil.classify import quantify
from vigil.classify.arrays import save_arrays
from vigil.classify.data import COLUMNS, Labelled, file_sha256, read_labelled
from vigil.classify.encoder import ENCODER_ID, embed, embed_cached
from vigil.classify.evaluate import FPR_TARGETS, PER_LANGUAGE_GOALS, theme_metrics
from vigil.classify.fairness import canonicalize, identity_directions, language_directions, project_out
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
from vigil.classify.themes import THEMES, seed_matrix, weak_themes

THEME_CUT = 0.5  # a text carries a theme when its score >= this (the report's default)

MODEL_VERSION = "cascade-use-0.11"


# The group's own media brands, as its supporters tag their relays of its publications
# (Amaq news agency, "Caliphate News", the provinces' bulletins, Al-Bayan radio, an-Naba',
# Dabiq, Rumiyah, Nashir, al-Furqan, al-Hayat), in English transliteration and Arabic.
GROUP_MEDIA = re.compile(
    r"a'?maq|caliphate_?news|khilafa_?news|al-?bayan|an-?naba\b|#wilaya|wilayat_?\w+|islamic_?state_?news"
    r"|dabiq|rumiyah|nashir|(?<!surat-)(?<!surat )(?<!surah )\bal-?furqan|hayat media"
    r"|أعماق|ولاية_|البيان|النبأ|أخبار_الخلافة",
    re.IGNORECASE,
)


# The pack's families drawn from sources an independent evaluation uses (the Stormfront
# hate-speech dataset, the AG News test split): never trained on or tuned against.
EVALUATION_ONLY_GROUPS: tuple[str, ...] = ("stormfront_nohate", "stormfront_hate", "news")


@dataclass
class TrainConfig:
    # Weight of a self-written row, against a pack row's 1. 100 until 0.10; in 0.11, without
    # the pack's Stormfront and AG News rows, 300 (the self-written rows are the only ones
    # labelled by stance; 100 and 200 flagged 5 and 3 of evalc's 144 news texts, 300 also
    # kept the everyday English posts at 0.50%; docs/model-card.md).
    dev_weight: float = 300.0
    # Weight of a self-written *propaganda* row (None: dev_weight). Since round 3 the
    # self-written hard negatives outnumber the self-written positives about 4:1; raising
    # this trades false positives for recall (measured in docs/model-card.md).
    dev_positive_weight: float | None = None
    stage1_C: float = 4.0
    # Stage 1's tokeniser (ngrams.ANALYZERS); written to the manifest as stage1_analyzer.
    stage1_analyzer: str = DEFAULT_ANALYZER
    stage1_recall: float = 0.995
    # ... and at least this share of the self-written propaganda (out of fold, languages
    # that do not bypass stage 1). These are the only positives labelled post by post, for
    # their stance; the full model's flags are mostly the pack's English tweets, and a cut
    # on those alone kept only 95% of them (the rest: Arabic and French posts in a style
    # the pack lacks, which stage 2 scores above 0.95). None: flags only.
    stage1_recall_selfwritten: float | None = 0.99
    stage2_kind: str = "logreg"
    # Stage 2 reads identity words and first names as one word per group
    # (fairness.canonicalize; new in 0.8). The projection of identity directions alone
    # left the stage-2 logit moving by 0.7 on average, and up to 4, when only "Muslim" /
    # "Christian" / "Jewish" changed.
    canonical_identity: bool = True
    # Both stages read every place name of the gazetteer as one word (places.mask_places):
    # the pack's propaganda names the cities of the wars, its ordinary posts rarely do, and
    # 0.10, which did not mask, scored "Rain expected in Aleppo tomorrow" 0.89 (new in 0.11;
    # docs/model-card.md).
    mask_places: bool = True
    # Stage 2 also reads the embedding of what the text says outside its quotation marks
    # (text.outside_quotes; the text's own embedding again when it quotes nothing), so a
    # pitch quoted inside counter-speech, news or research can score apart from the same
    # pitch posted plainly. The bank and the theme heads read the text's embedding alone.
    # New in 0.11: with round 7's quotations, the threshold rule had to rise to 0.97 (the
    # quoted pitches scored like the pitch), and at 0.95 it kept more of the pitch in every
    # language than one view did at 0.97 (docs/model-card.md).
    stage2_outside_quotes: bool = True
    # Project out this many directions along which the embeddings of one concept's
    # translations sit apart by language (fairness.language_directions), with the identity
    # directions. 0: none.
    language_directions: int = 0
    # Calibrate stage 2 with centred isotonic regression (heads.Calibrator; new in 0.8)?
    # Plain isotonic regression ties every text on one of its flat steps: 136 of the dev
    # tweets the first 0.8 candidate missed shared one score just under its threshold, and
    # a review queue sorted by score could not order them. Centred, the detection moved by
    # at most two texts on any held-out set, and ECE is unchanged.
    centered_calibration: bool = True
    # Chosen with the solvers converged (0.25 / 0.5 / 1 / 2 / 4, on dev.csv and eval.csv):
    # 0.5 and 1 were best and alike in 0.8; 2 had been tuned while lbfgs stopped early.
    # With round 4's news headlines (0.9), 0.5 / 1 / 2 gave thresholds 0.92 / 0.92 / 0.94,
    # and 0.5 the better recall on both choosing sets.
    stage2_C: float = 0.5
    theme_C: float = 2.0
    # Stack the stage-1 n-gram logit into stage 2? The n-gram model learned the pack's
    # English/French/Arabic vocabulary, so for other languages its logit is low whatever
    # the stance; without it stage 2 decides on the multilingual embedding alone.
    stack_ngram: bool = True
    # Stack the two bank features too (heads.bank_features: the vote of the nearest
    # self-written labelled texts and the propaganda-minus-rest similarity gap)?
    stack_bank: bool = True
    bank_k: int = BANK_K
    # Chosen out of fold (0.4 / 0.5 / 0.6, then 0.45 on dev): 0.4 kept the most self-written
    # propaganda at the fewest counter-speech errors; docs/model-card.md has the table.
    bank_floor: float = BANK_FLOOR
    # Weight of a weakly (keyword-seed) labelled pack tweet in the theme heads, relative to
    # its training weight; the hand-labelled self-written rows keep their full weight.
    theme_weak_weight: float = 0.3
    # Stack each theme head's out-of-fold logit with its keyword seeds (heads.ThemeClassifier).
    theme_stack: bool = True
    # Then move each theme's F1-best cut, searched on this grid over the stack's nested
    # out-of-fold probabilities of the hand-labelled rows, to 0.5 (None: keep 0.5).
    theme_cut_grid: tuple[float, ...] | None = tuple(round(0.3 + 0.05 * i, 2) for i in range(11))
    folds: int = 5
    threshold_floor: float = 0.3
    threshold_ceiling: float = 0.99
    fpr_targets: dict[str, float] = field(default_factory=lambda: dict(FPR_TARGETS))
    # Families whose target holds in each language ("counter-speech (each language)").
    fpr_per_language: tuple[str, ...] = PER_LANGUAGE_GOALS
    # Rows to keep per group (the first N, file order). Empty: all rows. Until 0.8 Qur'an and
    # hadith were capped at 1,000 and 1,300 to save embedding time; with the embedding cache
    # that cost is paid once, and the full 2,504 verses took the dev Qur'an false positives
    # from 3 of 473 to 0 (to 1 in the shipped 0.8).
    group_caps: dict[str, int] = field(default_factory=dict)
    # Families of the pack never trained on (new in 0.11): its Stormfront sentences (de
    # Gibert et al.) and its AG News rows (the AG News test split) are sources the
    # independent evaluation uses. dev.csv's rows of them still measure.
    exclude_groups: tuple[str, ...] = EVALUATION_ONLY_GROUPS
    # Weight of the pack's propaganda tweets that carry one of the group's media brands
    # (GROUP_MEDIA: Amaq, #Caliphate_News, Wilayat bulletins, Al-Bayan, an-Naba…; 606 rows).
    # Their label is surer than the rest of their account's (a relayed bulletin of the
    # group's own agency, not the account's chatter or its relays of AP and Reuters), and
    # round 4's news headlines had taught the shape of those bulletins as news (new in 0.9;
    # 5 / 10 / 20 measured, 10 chosen on dev.csv and eval.csv; 20 fails the evalc gate).
    # A training weight only: the detector never reads the pattern. None: 1.
    group_media_weight: float | None = 10.0


def _concat(parts: Sequence[Labelled]) -> Labelled:
    out = Labelled()
    for p in parts:
        for name in COLUMNS:
            getattr(out, name).extend(getattr(p, name))
    return out


def _final_scores(
    cand: np.ndarray, z2: np.ndarray, reject_score: float, cal2: Calibrator, threshold: float
) -> np.ndarray:
    p = np.full(len(cand), min(reject_score, threshold / 2))
    p[cand] = cal2.transform(z2[cand])
    return p


def pick_threshold(
    scores: np.ndarray,
    groups: Sequence[str],
    labels: np.ndarray,
    targets: dict[str, float],
    floor: float,
    ceiling: float,
    langs: Sequence[str] | None = None,
    per_language: Sequence[str] = (),
) -> tuple[float, dict[str, Any]]:
    """Lowest threshold in [floor, ceiling] at which every targeted family is within its
    false-positive target (a family of fewer than 100 rows may have one false positive,
    since there one already exceeds 1%); if none is, the one with the smallest total
    excess (reported in the manifest, not hidden). Families named in ``per_language``
    (with ``langs``) must meet their target in each language, as issue 4 asks of
    counter-speech."""
    g = np.asarray(groups)
    lg = np.asarray(langs) if langs is not None else None
    cells: list[tuple[np.ndarray, float]] = []
    for fam, target in targets.items():
        m = (g == fam) & (labels == 0)
        if fam in per_language and lg is not None:
            cells.extend((m & (lg == lang), target) for lang in sorted(set(lg[m])))
        else:
            cells.append((m, target))
    # Steps of 0.01, and of 0.001 above 0.95: the calibrated scale crowds near 1, where
    # one step of 0.01 can hold a tenth of the propaganda.
    grid = np.round(np.arange(floor, ceiling + 1e-9, 0.01), 2)
    fine = np.round(np.arange(0.95, ceiling + 1e-9, 0.001), 3)
    grid = np.unique(np.r_[grid, fine[fine >= floor]])
    best_t, best_excess = float(ceiling), np.inf
    for t in grid:
        excess = 0.0
        for m, target in cells:
            if m.sum() == 0:
                continue
            n = int(m.sum())
            allowed = max(target * n, 1.0 if n < 100 else 0.0)
            excess += max(0.0, float((scores[m] >= t).sum()) - allowed) / n
        if excess == 0.0:
            best_t, best_excess = float(t), 0.0
            break
        if excess < best_excess - 1e-12:
            best_t, best_excess = float(t), excess
    return best_t, {"targets_met": best_excess == 0.0, "excess": round(float(best_excess), 4)}


def _family_report(scores: np.ndarray, groups: Sequence[str], labels: np.ndarray, t: float) -> dict[str, Any]:
    g = np.asarray(groups)
    rep: dict[str, Any] = {}
    for fam in sorted(set(groups)):
        m = g == fam
        y = labels[m]
        flagged = scores[m] >= t
        row: dict[str, Any] = {"n": int(m.sum())}
        if (y == 1).any():
            row["recall"] = round(float(flagged[y == 1].mean()), 4)
        if (y == 0).any():
            row["fpr"] = round(float(flagged[y == 0].mean()), 4)
        rep[fam] = row
    return rep


def _f1_cuts(p: np.ndarray, truth: np.ndarray, grid: Sequence[float]) -> np.ndarray:
    """Per theme (column), the cut on ``grid`` with the best F1 of ``p >= cut`` against
    ``truth``; ties go to the cut nearest 0.5, and a theme without positives keeps 0.5."""
    out = np.full(p.shape[1], 0.5)
    for j in range(p.shape[1]):
        g = truth[:, j] == 1
        if not g.any():
            continue
        best_f1, best_d = -1.0, 1.0  # F1, distance of the cut from 0.5
        for c in grid:
            hit = p[:, j] >= c
            f1 = 2.0 * float((hit & g).sum()) / float(hit.sum() + g.sum())
            d = abs(float(c) - 0.5)
            if f1 > best_f1 + 1e-12 or (abs(f1 - best_f1) <= 1e-12 and d < best_d):
                best_f1, best_d, out[j] = f1, d, float(c)
    return out


def _per_lang_report(
    scores: np.ndarray, rows: Labelled, labels: np.ndarray, t: float, start: int
) -> dict[str, Any]:
    """:func:`_family_report` of the self-written rows (index ``start`` on), per language tag."""
    langs = np.asarray(rows.langs)
    own = np.arange(len(labels)) >= start
    out: dict[str, Any] = {}
    for lg in sorted(set(rows.langs[start:])):
        idx = np.flatnonzero(own & (langs == lg))
        out[lg] = _family_report(scores[idx], [rows.groups[i] for i in idx], labels[idx], t)
    return out


def _write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    (out / "manifest.json").write_text(text, encoding="utf-8")


def _outside_embeddings(
    texts: Sequence[str], E: np.ndarray, cfg: TrainConfig, debias: np.ndarray, cache_dir: str | Path | None
) -> tuple[np.ndarray, int]:
    """Stage 2's second view: the embedding of each text outside its quotation marks
    (:func:`~vigil.classify.text.outside_quotes`), projected like ``E``; ``E``'s own row
    where a text quotes nothing. Also returns how many texts quote something."""
    outside = [outside_quotes(t) for t in texts]
    idx = [i for i, (o, t) in enumerate(zip(outside, texts, strict=True)) if o != t]
    out = E.copy()
    if idx:
        seen = [outside[i] for i in idx]
        if cfg.canonical_identity:
            seen = [canonicalize(t) for t in seen]
        out[idx] = project_out(embed_cached(seen, cache_dir), debias)
    return out, len(idx)


def train_detector(
    data: str | Path,
    devsets: Sequence[str | Path] = (),
    out_dir: str | Path = "model",
    *,
    extra: Sequence[str | Path] = (),
    cache_dir: str | Path | None = None,
    config: TrainConfig | None = None,
    limit: int | None = None,
    evaluate_on: Sequence[str | Path] = (),
    log: Any = None,
) -> dict[str, Any]:
    """Train the cascade and write its artefacts into ``out_dir``; return the manifest.

    ``devsets`` are the self-written CSVs (weight ``dev_weight``; they also make the
    evidence bank, which ships their texts). ``extra`` are further third-party labelled
    CSVs (e.g. ``devsets/magazine``'s output): each row weighs its ``weight`` column (1 if
    absent), their hand theme labels train the theme heads, and none of their text is
    written into any artefact."""
    cfg = config or TrainConfig()
    say = log or (lambda *_: None)
    pack_full = read_labelled(data, limit=limit)
    pack = pack_full.capped(cfg.group_caps)
    if cfg.exclude_groups:
        pack = pack.subset([i for i, g in enumerate(pack.groups) if g not in cfg.exclude_groups])
        say(f"left out of training (evaluation-only sources): {', '.join(cfg.exclude_groups)}")
    extras = [read_labelled(p) for p in extra]
    devs = [read_labelled(p) for p in devsets]
    allr = _concat([pack, *extras, *devs])
    n_pack = len(pack)
    n_third = n_pack + sum(len(e) for e in extras)  # rows before this index are third-party
    texts = [model_text(t) for t in allr.texts]
    if cfg.mask_places:
        texts = [mask_places(t) for t in texts]
    y = np.asarray(allr.labels, dtype=np.int64)
    w = np.ones(len(texts), dtype=np.float64)
    w[n_third:] = cfg.dev_weight
    if cfg.dev_positive_weight is not None:
        w[n_third:][y[n_third:] == 1] = cfg.dev_positive_weight
    # The pack's positives that carry one of the group's own media brands are its own
    # publications, whatever else their account posted.
    media = [i for i in range(n_pack) if y[i] == 1 and GROUP_MEDIA.search(allr.texts[i])]
    if cfg.group_media_weight is not None:
        w[media] = cfg.group_media_weight
        say(f"group-media positives in the pack: {len(media)} (weight {cfg.group_media_weight})")
    for i, rw in enumerate(allr.weights):  # a file's own per-row weights come last
        if rw is not None:
            w[i] = rw
    say(f"rows: pack {n_pack}, extra {n_third - n_pack}, self-written {len(texts) - n_third}")

    say("embedding (cached)…")
    bounds = [0, n_pack, n_third, len(texts)]
    seen = [canonicalize(t) for t in texts] if cfg.canonical_identity else texts  # stage 2's input
    E = np.vstack([embed_cached(seen[a:b], cache_dir) for a, b in itertools.pairwise(bounds) if b > a])

    debias = identity_directions(embed)
    E = project_out(E, debias)
    if cfg.language_directions:
        # Shipped with the identity directions: the detector projects both out.
        lang_dirs = language_directions(E, allr.langs, allr.concepts, cfg.language_directions)
        E = project_out(E, lang_dirs)
        debias = np.vstack([debias, lang_dirs]).astype(np.float32)
        say(f"language directions projected out: {len(lang_dirs)}")

    X2 = E  # stage 2's input
    if cfg.stage2_outside_quotes:
        outside, quoting = _outside_embeddings(texts, E, cfg, debias, cache_dir)
        X2 = np.hstack([E, outside])
        say(f"texts read with and without their quotations: {quoting}")

    folds = list(GroupKFold(n_splits=cfg.folds).split(texts, y, groups=allr.cv_group))
    ze_oof = np.zeros(len(texts))
    s1_oof = np.zeros(len(texts))
    for k, (tr, te) in enumerate(folds):
        say(f"out-of-fold, fold {k + 1}/{cfg.folds}")
        m2 = StanceClassifier(kind=cfg.stage2_kind, C=cfg.stage2_C).fit(X2[tr], y[tr], w[tr])
        ze_oof[te] = m2.decision_function(X2[te])
        m1 = NgramScorer(C=cfg.stage1_C, analyzer=cfg.stage1_analyzer)
        m1.fit([texts[i] for i in tr], y[tr], w[tr])
        s1_oof[te] = m1.decision_function([texts[i] for i in te])
    # Each text's nearest self-written labelled texts (the evidence bank), out of fold: the
    # bank of fold k holds only the self-written rows of the other folds.
    bank_oof = None
    if cfg.stack_bank:
        bank_oof = np.zeros((len(texts), 2))
        En = unit_rows(E)
        Eb = unit_rows(E[n_third:].astype(np.float16))  # the shipped bank is stored as float16
        for tr, te in folds:
            bank = tr[tr >= n_third]
            sims = En[te] @ Eb[bank - n_third].T
            bank_oof[te] = bank_features(sims, y[bank], cfg.bank_k, cfg.bank_floor)
    s1_stack = s1_oof if cfg.stack_ngram else np.zeros_like(s1_oof)
    stack = Stacker().fit(ze_oof, s1_stack, y, w, extra=bank_oof)
    z2_oof = stack.decision_function(ze_oof, s1_stack, bank_oof)
    cal2 = Calibrator(centered=cfg.centered_calibration).fit(z2_oof, y, w)
    p2_oof = cal2.transform(z2_oof)
    threshold, tinfo = pick_threshold(
        p2_oof,
        allr.groups,
        y,
        cfg.fpr_targets,
        cfg.threshold_floor,
        cfg.threshold_ceiling,
        langs=allr.langs,
        per_language=cfg.fpr_per_language,
    )
    # The stage-1 cut keeps `stage1_recall` of the texts the full model flags (out of fold)
    # and `stage1_recall_selfwritten` of the self-written propaganda, so the cascade loses
    # almost nothing of what stage 2 would catch.
    # Texts in languages rare in the pack (text.rare_language) bypass stage 1 altogether.
    rare = np.array([rare_language(t) for t in texts], dtype=bool)
    keep = p2_oof >= threshold
    kc = keep & ~rare
    cut = float(np.quantile(s1_oof[kc], 1.0 - cfg.stage1_recall)) if kc.any() else float(s1_oof.min())
    sw_pos = (np.arange(len(texts)) >= n_third) & (y == 1)
    if cfg.stage1_recall_selfwritten is not None and (sw_pos & ~rare).any():
        q = 1.0 - cfg.stage1_recall_selfwritten
        cut = min(cut, float(np.quantile(s1_oof[sw_pos & ~rare], q)))
    cand = (s1_oof >= cut) | rare
    # A text stage 1 rules out gets one score: the out-of-fold rate of propaganda among
    # ruled-out texts. It is calibrated, and it cannot vary with any word of the text.
    reject_score = round(float(np.average(y[~cand], weights=w[~cand])), 4) if (~cand).any() else 0.0
    oof = _final_scores(cand, z2_oof, reject_score, cal2, threshold)
    pos = y == 1
    say(f"stage-1 cut {cut:.3f} passes {cand.mean():.1%} of training rows; threshold {threshold}")

    say("final fits…")
    m1 = NgramScorer(C=cfg.stage1_C, analyzer=cfg.stage1_analyzer).fit(texts, y, w)
    m2 = StanceClassifier(kind=cfg.stage2_kind, C=cfg.stage2_C).fit(X2, y, w)

    # themes: self-written labels, plus weak (seed) labels on the pack's propaganda
    t_idx, t_rows, t_w = [], [], []
    for i in range(len(texts)):
        if y[i] != 1:
            continue
        hand = i >= n_pack  # the pack has no hand theme labels
        labels = allr.themes[i] if hand else (weak_themes(texts[i]) or None)
        if not labels:
            continue
        t_idx.append(i)
        t_rows.append([1 if t in labels else 0 for t in THEMES])
        t_w.append(w[i] if hand else w[i] * cfg.theme_weak_weight)
    T_idx, T_rows, T_w = np.asarray(t_idx), np.asarray(t_rows), np.asarray(t_w)
    themes = ThemeClassifier(THEMES, C=cfg.theme_C).fit(E[T_idx], T_rows, T_w)
    theme_report: dict[str, Any] = {}
    prior: dict[str, float] = {}
    cuts: dict[str, float] = {}
    if cfg.theme_stack:
        # Out-of-fold head logits for the hand-labelled rows (grouped like the detector's
        # folds; weakly labelled pack rows always train), then the per-theme stack.
        hand_pos = np.flatnonzero(T_idx >= n_pack)
        zt = np.zeros((len(hand_pos), len(THEMES)))
        hg = [allr.cv_group[i] for i in T_idx[hand_pos]]
        n_f = min(cfg.folds, len(set(hg)))
        if n_f >= 2:
            say("theme stack: out-of-fold theme heads…")
            t_folds = list(GroupKFold(n_splits=n_f).split(hand_pos, groups=hg))
            for tr, te in t_folds:
                fit_rows = np.r_[np.flatnonzero(T_idx < n_pack), hand_pos[tr]]
                fit_e = E[T_idx[fit_rows]]
                h = ThemeClassifier(THEMES, C=cfg.theme_C).fit(fit_e, T_rows[fit_rows], T_w[fit_rows])
                zt[te] = h.decision_function(E[T_idx[hand_pos[te]]])
            seeds = seed_matrix([texts[i] for i in T_idx[hand_pos]])
            truth = T_rows[hand_pos]
            head_only = theme_metrics(ThemeClassifier(THEMES).proba_from_logits(zt), truth)
            themes.fit_stack(zt, seeds, truth)
            stacked = theme_metrics(themes.proba_from_logits(zt, seeds), truth)
            # The stack's own out-of-fold quality (stack refitted without each fold).
            pt = np.zeros_like(zt)
            for tr, te in t_folds:
                st = ThemeClassifier(THEMES).fit_stack(zt[tr], seeds[tr], truth[tr])
                pt[te] = st.proba_from_logits(zt[te], seeds[te])
            # The stack is class-balanced; corpus shares map its scores back to this prior.
            prior = quantify.theme_prior(truth)
            theme_report = {
                "hand_rows": len(hand_pos),
                "out_of_fold_macro_f1_head": head_only["macro_f1"],
                "out_of_fold_macro_f1_stacked": stacked["macro_f1"],
                "out_of_fold_macro_f1_stacked_nested": theme_metrics(pt, truth)["macro_f1"],
            }
            if cfg.theme_cut_grid:
                cut_arr = _f1_cuts(pt, truth, cfg.theme_cut_grid)
                themes.shift_cuts(cut_arr)
                cuts = dict(zip(THEMES, map(float, cut_arr), strict=True))
                # optimistic: the cuts were chosen on these same rows
                theme_report["out_of_fold_macro_f1_stacked_nested_at_cuts"] = theme_metrics(
                    (pt >= cut_arr).astype(float), truth
                )["macro_f1"]

    bank_idx = list(range(n_third, len(texts)))  # self-written rows only
    arrays: dict[str, np.ndarray] = {
        "s1_coef": m1.coef_.astype(np.float32),
        "s1_intercept": np.asarray([m1.intercept_], dtype=np.float64),
        "cal2_x": cal2.x_,
        "cal2_y": cal2.y_,
        "th_W": themes.coef_,
        "th_b": themes.intercept_,
        **({"th_stack": themes.stack_} if themes.stack_ is not None else {}),
        "bank_emb": E[bank_idx].astype(np.float16),
        "debias": debias,
        "stack_w": stack.coef_,
        "stack_b": np.asarray([stack.intercept_]),
        **m2.to_arrays("s2_"),
    }
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # Written beside the live model, then moved into place, so a running detector never
    # reads a half-written set of artefacts.
    stage = Path(tempfile.mkdtemp(prefix=".train-", dir=out))
    save_arrays(stage / "model.npz", arrays)
    with open(stage / "bank.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for i in bank_idx:
            fh.write(
                json.dumps(
                    {
                        "text": allr.texts[i],
                        "label": int(y[i]),
                        "group": allr.groups[i],
                        "lang": allr.langs[i],
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                )
                + "\n"
            )

    manifest: dict[str, Any] = {
        "version": MODEL_VERSION,
        "encoder": ENCODER_ID,
        "threshold": threshold,
        "stage1_cut": round(cut, 6),
        "stage1_reject_score": reject_score,
        "stage1_bypass": "rare_language",
        "stack_features": [*BASE_FEATURES, *(BANK_FEATURES if cfg.stack_bank else ())],
        # what stage 2 embeds: "canonical_identity" = fairness.canonicalize(model_text(t))
        "embedding_input": "canonical_identity" if cfg.canonical_identity else "model_text",
        "stage2_input": "text_and_outside_quotes" if cfg.stage2_outside_quotes else "text",
        # both stages read places.mask_places(model_text(t))
        "mask_places": cfg.mask_places,
        "stage1_analyzer": cfg.stage1_analyzer,
        "group_media_positives": {"rows": len(media), "weight": cfg.group_media_weight},
        **({"bank_features": {"k": cfg.bank_k, "floor": cfg.bank_floor}} if cfg.stack_bank else {}),
        "training_data": [
            {
                "path": f"{Path(p).parent.name}/{Path(p).name}",
                "sha256": file_sha256(p),
                "rows": len(r),
                "used": len(u),
            }
            for p, r, u in zip(
                [data, *extra, *devsets], [pack_full, *extras, *devs], [pack, *extras, *devs], strict=True
            )
        ],
        "limit": limit,
        "config": asdict(cfg),
        "threshold_selection": tinfo,
        "metrics": {
            "out_of_fold": {
                "stage1_pass_rate": round(float(cand.mean()), 4),
                "stage1_recall_of_stage2_flags": round(float(cand[keep].mean()), 4) if keep.any() else None,
                "stage1_recall_of_positives": round(float(cand[pos].mean()), 4) if pos.any() else None,
                "stage1_recall_of_self_written_positives": (
                    round(float(cand[sw_pos].mean()), 4) if sw_pos.any() else None
                ),
                "per_family": _family_report(oof, allr.groups, y, threshold),
                # The language gap, measured without touching any held-out set.
                "self_written_per_lang": _per_lang_report(oof, allr, y, threshold, n_third),
            }
        },
        "theme_training_rows": len(t_idx),
        "theme_stack": theme_report,
        "theme_threshold": THEME_CUT,
        **({"theme_prior": prior} if prior else {}),
        **({"theme_cuts": cuts} if cuts else {}),
    }
    _write_manifest(stage, manifest)
    for name in ("model.npz", "bank.jsonl", "manifest.json"):
        os.replace(stage / name, out / name)
    stage.rmdir()
    if evaluate_on:
        from vigil.classify.detector import CascadeDetector
        from vigil.classify.evaluate import evaluate_csv

        det = CascadeDetector(out)
        manifest["metrics"]["evaluation"] = {
            f"{Path(p).parent.name}/{Path(p).name}": evaluate_csv(p, det, summary=True) for p in evaluate_on
        }
        _write_manifest(out, manifest)
    return manifest


__all__ = ["FPR_TARGETS", "MODEL_VERSION", "TrainConfig", "pick_threshold", "train_detector"]
