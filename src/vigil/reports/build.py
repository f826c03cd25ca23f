"""Build a research report: one pass over the stored items, then a few small queries.

``build_report(store, ...)`` reads only the columns it needs, in a single streaming pass,
and keeps counters — never the items — so it runs in seconds on 100,000 items. Every
number in the report is in the returned :class:`Report` (``to_dict()`` gives JSON); the
HTML renderer only draws what is there, so the JSON and the HTML always agree.

Scope and units:

* An item is one stored post/message/file after the filters (time, language, source).
* "Flagged" means the item's current decision puts it in a queue or removes it (derived from
  its decisions); items never judged are counted as unscored, not as clean.
* A flagged item *carries* a theme when its theme probability is at least
  ``theme_threshold``; one item may carry several (shares can sum above 100%). Its
  *primary* theme is the most probable one it carries — that single-label view is the one
  comparable to Winter (2015), who coded one narrative per unit of output.
* Accounts are named only as authors or targets of flagged content, and pseudonymised
  unless ``reveal_accounts`` is set (see :mod:`vigil.reports.pseudonym`).
"""

from __future__ import annotations

import heapq
import json
import math
import re
import time as _time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from vigil import __version__
from vigil.classify import quantify
from vigil.classify.themes import THEMES, VIOLENT_THEMES  # the taxonomy only: no model is loaded
from vigil.errors import EvidenceError
from vigil.evidence import LanguageCue, ModelParts, Neighbour, Phrase, evidence_from_dict
from vigil.reports.lexicon import Lexicon, default_lexicon
from vigil.reports.network import build_network
from vigil.reports.pseudonym import Pseudonymizer, resolve_key
from vigil.reports.sources import detector_info, media_section, quarantine_summary
from vigil.reports.stats import cluster_bootstrap, share
from vigil.store import Store

DEFAULT_THEME_THRESHOLD = 0.5

# Winter, C. (2015). Documenting the Virtual Caliphate. Quilliam Foundation. One narrative per unit.
WINTER_2015: dict[str, Any] = {
    "citation": "Winter, C. (2015). Documenting the Virtual Caliphate. London: Quilliam Foundation.",
    "scope": "1,146 units of official Islamic State output over 30 days in summer 2015, one narrative each",
    "utopia_share": 0.5257,
    "brutality_share": 0.0213,
    "violent_share_approx": 0.10,
}

PASTE_SITES = (
    "justpaste.it", "pastebin.com", "paste.ee", "ghostbin.com", "dump.to", "archive.org", "archive.is",
    "archive.today", "archive.ph", "sendvid.com", "top4top.net", "files.fm", "telegra.ph", "addpost.it",
    "manbetx.com", "my.mail.ru", "cloud.mail.ru", "mediafire.com", "mega.nz", "drive.google.com", "yadi.sk",
)  # fmt: skip

_RT = re.compile(r"^\s*RT\s+@(\w{1,30})", re.IGNORECASE)
_MENTION_IN_TEXT = re.compile(r"(?<![\w.])@(\w{1,30})")
_MONTH = re.compile(r"^\d{4}-\d{2}")
_COLUMNS = (
    "uid", "content_sha256", "author", "time", "lang", "source", "kind", "text", "hashtags", "mentions",
    "domains", "urls", "media", "score", "flagged", "themes", "evidence", "model", "extra",
)  # fmt: skip
EXAMPLES_PER_GROUP = 3
_NO_AUTHOR = "\x00"  # cluster key prefix for items without an author (each is its own cluster)
_PASTE_SUFFIXES = tuple("." + p for p in PASTE_SITES)


@dataclass
class Report:
    """All numbers of a research report. ``to_dict()`` is the ``--format json`` output."""

    generated_at: str
    filters: dict[str, Any]
    violent_share: dict[str, Any]
    utopia_share: dict[str, Any]
    overview: dict[str, Any]
    narratives: dict[str, Any]
    recruitment: dict[str, Any]
    spread: dict[str, Any]
    media: dict[str, Any]
    method: dict[str, Any]
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _loads(raw: Any, empty: Any) -> Any:
    if not raw or raw == "[]" or raw == "{}":
        return empty
    if isinstance(raw, str):
        return json.loads(raw)
    return raw


class _TopK:
    """Keep the k highest-scoring candidates (score, tiebreak, payload)."""

    def __init__(self, k: int) -> None:
        self.k = k
        self.heap: list[tuple[float, str, dict[str, Any]]] = []

    def offer(self, score: float, tiebreak: str, payload: dict[str, Any]) -> None:
        entry = (score, tiebreak, payload)
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, entry)
        elif entry[:2] > self.heap[0][:2]:
            heapq.heapreplace(self.heap, entry)

    def wants(self, score: float) -> bool:
        return len(self.heap) < self.k or score > self.heap[0][0]

    def items(self) -> list[dict[str, Any]]:
        return [p for _, _, p in sorted(self.heap, key=lambda e: (-e[0], e[1]))]


def _example(
    row: dict[str, Any],
    score: float,
    theme_threshold: float,
    pseud: Pseudonymizer,
    mask: Any,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An example item as the report shows it: masked text, carried themes, raw evidence (decoded later)."""
    themes = _loads(row["themes"], {})
    payload = {
        "uid": row["uid"],
        "time": row["time"],
        "lang": row["lang"],
        "author": pseud(row["author"]) if row["author"] else None,
        "score": score,
        "text": mask((row["text"] or "")[:400]),
        "themes": {
            k: round(v, 3) for k, v in sorted(themes.items(), key=lambda kv: -kv[1]) if v >= theme_threshold
        },
        "evidence_raw": row["evidence"],
    }
    payload.update(extra or {})
    return payload


# What the stacker's inputs are, in a reviewer's words (detector evidence, kind "model").
_PART_NAMES = {
    "embedding": "the meaning (sentence embedding)",
    "ngram": "the words (stage 1)",
    "embedding*ngram": "meaning and words agreeing",
    "bank_knn": "the nearest labelled examples",
    "bank_gap": "the nearest labelled examples",
}


def evidence_summary(evidence: Any) -> list[str]:
    """Short readable strings for a verdict's evidence, whatever shape the detector gave it.

    The shipped detector gives phrases that drew its attention (with weights) and the
    nearest labelled examples ("neighbours"), read as :mod:`vigil.evidence` values; other
    kinds and shapes (another detector's) are shown as compact JSON.
    """
    out: list[str] = []
    for raw in evidence if isinstance(evidence, list) else []:
        out.append(_evidence_line(raw))
        if len(out) >= 6:
            break
    return out


def _evidence_line(raw: Any) -> str:
    if not isinstance(raw, dict):
        return str(raw)[:120]
    try:
        ev = evidence_from_dict(raw)
    except EvidenceError:
        return _other_evidence_line(raw)
    if isinstance(ev, Neighbour):
        return f"resembles a {ev.label} example ({ev.family}): “{ev.text[:90]}”"
    if isinstance(ev, ModelParts):
        text = f"stage-{ev.stage} raw score {ev.raw:+.2f}"
        shares = {k: v for k, v in ev.parts.items() if k != "bias"}
        if shares:
            top = max(shares, key=lambda k: abs(shares[k]))
            text += f", most from {_PART_NAMES.get(top, top)} ({shares[top]:+.2f})"
        return text
    if isinstance(ev, LanguageCue) and ev.text:
        return (
            f"language words “{ev.text[:60]}” (net {ev.weight:+.2f}): "
            "weight from the language, not from what the text says"
        )
    if isinstance(ev, Phrase) and ev.text:
        return f"“{ev.text[:90]}”" + (f" ({ev.weight:+.2f})" if ev.weight is not None else "")
    return _other_evidence_line(raw)


def _other_evidence_line(ev: dict[str, Any]) -> str:
    phrase = next(
        (ev[k] for k in ("phrase", "text", "span", "term", "match", "token", "signal") if ev.get(k)),
        None,
    )
    label = next((ev[k] for k in ("theme", "label", "kind", "type") if ev.get(k)), None)
    weight = next(
        (ev[k] for k in ("weight", "score", "prob", "z") if isinstance(ev.get(k), int | float)), None
    )
    parts = [f"“{str(phrase)[:90]}”" if phrase else "", f"[{label}]" if label else ""]
    if weight is not None:
        parts.append(f"{weight:+.2f}")
    return " ".join(p for p in parts if p) or json.dumps(ev, ensure_ascii=False)[:120]


def build_report(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    lang: str | None = None,
    sources: Sequence[str] | None = None,
    theme_threshold: float | None = None,
    key: str | None = None,
    reveal_accounts: bool = False,
    lexicon: Lexicon | None = None,
    network_nodes: int = 120,
    bootstrap_resamples: int = 400,
    thumbnails: bool = True,
) -> Report:
    """Compute every number of the research report over the items that pass the filters."""
    t0 = _time.perf_counter()
    detector = detector_info()
    if theme_threshold is None:  # the detector's own theme threshold when its manifest names one
        shipped = (detector.get("manifest") or {}).get("theme_threshold")
        theme_threshold = float(shipped) if isinstance(shipped, int | float) else DEFAULT_THEME_THRESHOLD
    lex = lexicon or default_lexicon()
    key_bytes, key_source = resolve_key(store, key)
    pseud = Pseudonymizer(key_bytes, reveal=reveal_accounts)

    def mask(text: str) -> str:
        return _MENTION_IN_TEXT.sub(lambda m: "@" + pseud(m.group(1)), text)

    filters = {"since": since, "until": until, "lang": lang, "sources": list(sources or [])}
    scope = {"since": since, "until": until, "lang": lang, "sources": sources}
    any_scored = store.reports.any_scored(**scope)
    scope_index = 1 if any_scored else 0  # per_author column counted for "distributing" accounts

    themes_order = tuple(THEMES)
    violent = set(VIOLENT_THEMES)
    # Calibrated shares need the theme prior of the model that scored the items.
    manifest = detector.get("manifest") or {}
    prior, cuts = manifest.get("theme_prior"), manifest.get("theme_cuts")
    calib = (
        quantify.PriorShift(prior, cuts)
        if isinstance(prior, dict) and quantify.usable_prior(prior) and quantify.usable_cuts(cuts)
        else None
    )
    e_theme: dict[str, float] = dict.fromkeys((*themes_order, "violent"), 0.0)
    # expected violent, utopia (and, per author, brutality) items
    e_author: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    e_month: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    e_lang: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    flagged_models: Counter[str] = Counter()
    n_items = n_flagged = n_scored = 0
    sources_c: Counter[str] = Counter()
    kinds_c: Counter[str] = Counter()
    langs_all: Counter[str] = Counter()
    models_c: Counter[str] = Counter()
    first_time: str | None = None
    last_time: str | None = None
    score_bins = [0] * 20
    theme_k: Counter[str] = Counter()
    primary_k: Counter[str] = Counter()
    k_violent = k_utopia = k_brutality = 0
    per_author: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # items, flagged, violent, utopia
    by_month: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # items, flagged, violent, utopia
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    theme_examples = {t: _TopK(2) for t in themes_order}
    # recruitment
    n_recruit = 0
    calls_in_recruit: Counter[str] = Counter()
    audiences_in_recruit: Counter[str] = Counter()
    calls_in_flagged: Counter[str] = Counter()
    audience_examples: dict[str, _TopK] = defaultdict(lambda: _TopK(EXAMPLES_PER_GROUP))
    call_examples: dict[str, _TopK] = defaultdict(lambda: _TopK(EXAMPLES_PER_GROUP))
    n_recruit_with_call = n_recruit_with_audience = 0
    # spread
    hashtags_all: Counter[str] = Counter()
    hashtags_flagged: Counter[str] = Counter()
    domains_all: Counter[str] = Counter()
    domains_flagged: Counter[str] = Counter()
    urls_flagged: Counter[str] = Counter()
    paste_items = paste_items_flagged = 0
    rt_all = rt_flagged = 0
    # copy key -> [items, authors, items in spread scope, first (time, author), text, content_sha256]
    content_groups: dict[str, list[Any]] = {}
    edges: Counter[tuple[str, str, str]] = Counter()
    media_use: dict[str, list[Any]] = {}  # media sha -> [items, authors set, flagged items]
    n_with_media = 0

    for row in store.reports.item_rows(_COLUMNS, batch=5000, **scope):
        n_items += 1
        author = (row["author"] or "").lower().lstrip("@")
        t = row["time"] or None
        language = row["lang"] or "und"
        sources_c[row["source"]] += 1
        kinds_c[row["kind"]] += 1
        langs_all[language] += 1
        if row["model"]:
            models_c[row["model"]] += 1
        if t:
            if first_time is None or t < first_time:
                first_time = t
            if last_time is None or t > last_time:
                last_time = t
        month = t[:7] if t and _MONTH.match(t) else "unknown"
        flagged = row["flagged"]
        is_flagged = bool(flagged)
        if flagged is not None:
            n_scored += 1
        score = row["score"]
        if score is not None and not math.isnan(score):
            score_bins[min(19, max(0, int(float(score) * 20)))] += 1
        cluster = author or _NO_AUTHOR + row["uid"]
        acc = per_author[cluster]
        acc[0] += 1
        mrow = by_month[month]
        mrow[0] += 1
        lrow = by_lang[language]
        lrow[0] += 1
        text = row["text"] or ""
        rt = _RT.match(text)
        hashtags = _loads(row["hashtags"], [])
        domains = _loads(row["domains"], [])
        domains = [d for d in domains if _plausible_domain(d)]
        hashtags_all.update(hashtags)
        domains_all.update(domains)
        is_paste = any(_is_paste(d) for d in domains)
        paste_items += is_paste
        forwarded = _forwarded_from(row["extra"])
        is_reshare = bool(rt or forwarded)
        rt_all += is_reshare
        copy_key = _copy_key(text) or row["content_sha256"]
        group = content_groups.get(copy_key)
        if group is None:
            group = content_groups[copy_key] = [0, set(), 0, (t or "~", author), "", row["content_sha256"]]
        group[0] += 1
        if author:
            group[1].add(author)
        if (t or "~", author) < group[3]:
            group[3] = (t or "~", author)
        media = _loads(row["media"], [])
        if media:
            n_with_media += 1
            for sha in media:
                use = media_use.get(sha)
                if use is None:
                    use = media_use[sha] = [0, set(), 0]
                use[0] += 1
                if author:
                    use[1].add(author)
                use[2] += is_flagged
        if is_flagged or not any_scored:  # spread is about flagged content (all items if none was scored)
            if not group[4]:
                group[4] = text
            group[2] += 1
            hashtags_flagged.update(hashtags)
            domains_flagged.update(domains)
            urls_flagged.update(_loads(row["urls"], []))
            paste_items_flagged += is_paste
            rt_flagged += is_reshare
            if author:
                rt_target = rt.group(1).lower() if rt else None
                for m in _loads(row["mentions"], []):
                    m = m.lower()
                    if m != author:
                        edges[(author, m, "reshare" if m == rt_target else "mention")] += 1
                if rt_target and rt_target != author and (author, rt_target, "reshare") not in edges:
                    edges[(author, rt_target, "reshare")] += 1
                if forwarded and forwarded != author:
                    edges[(author, forwarded, "reshare")] += 1
        if not is_flagged:
            continue

        # ---- flagged items only from here ------------------------------------------------------------
        n_flagged += 1
        acc[1] += 1
        mrow[1] += 1
        lrow[1] += 1
        themes: dict[str, float] = _loads(row["themes"], {})
        carried = {th for th, p in themes.items() if p is not None and p >= theme_threshold}
        theme_k.update(carried)
        is_violent = bool(carried & violent)
        is_utopia = "utopia" in carried
        k_violent += is_violent
        k_utopia += is_utopia
        k_brutality += "brutality" in carried
        acc[2] += is_violent
        acc[3] += is_utopia
        mrow[2] += is_violent
        mrow[3] += is_utopia
        lrow[2] += is_violent
        lrow[3] += is_utopia
        flagged_models[row["model"] or ""] += 1
        if calib is not None:
            ex_p = calib.item(themes)
            for th, v in ex_p.items():
                if th in e_theme:
                    e_theme[th] += v
            for etab, ekey in ((e_author, cluster), (e_month, month), (e_lang, language)):
                etab[ekey][0] += ex_p["violent"]
                etab[ekey][1] += ex_p["utopia"]
            e_author[cluster][2] += ex_p["brutality"]
        primary = max(carried, key=lambda th: (themes[th], th)) if carried else "none"
        primary_k[primary] += 1
        sc = float(score) if score is not None else 0.0

        if primary != "none" and primary in theme_examples:
            ex = theme_examples[primary]
            if ex.wants(sc):
                ex.offer(sc, row["uid"], _example(row, sc, theme_threshold, pseud, mask))
        if "recruitment" in carried:
            calls, audiences = lex.match(text)
            n_recruit += 1
            calls_in_recruit.update(calls.keys())
            audiences_in_recruit.update(audiences.keys())
            n_recruit_with_call += bool(calls)
            n_recruit_with_audience += bool(audiences)
            matched = {"calls": calls, "audiences": audiences}
            for table, names in ((audience_examples, audiences), (call_examples, calls)):
                for name in names:
                    ex = table[name]
                    if ex.wants(sc):
                        ex.offer(sc, row["uid"], _example(row, sc, theme_threshold, pseud, mask, matched))
        else:
            calls = lex.match_calls(text)
        calls_in_flagged.update(calls.keys())

    t_pass = _time.perf_counter()

    # copies: the same text posted by several authors links each later poster to the first
    reshared_groups = []
    for n, authors, nf, first, text, sha in content_groups.values():
        if len(authors) < 2:
            continue
        reshared_groups.append((n, len(authors), nf, sha, text, first))
        if nf and first[1]:
            for a in authors:
                if a != first[1]:
                    edges[(a, first[1], "copy")] += 1
    reshared_groups.sort(key=lambda g: (-g[2], -g[1], -g[0], g[3]))

    # ---- narratives ------------------------------------------------------------------------------
    violent_share = share(k_violent, n_flagged)
    utopia_share = share(k_utopia, n_flagged)
    clusters = list(per_author.values())
    flagged_totals = [c[1] for c in clusters]
    boot_resamples = bootstrap_resamples if n_flagged else 0
    violent_share["cluster_ci"] = (
        cluster_bootstrap([c[2] for c in clusters], flagged_totals, resamples=boot_resamples, seed=1)
        if boot_resamples
        else None
    )
    utopia_share["cluster_ci"] = (
        cluster_bootstrap([c[3] for c in clusters], flagged_totals, resamples=boot_resamples, seed=2)
        if boot_resamples
        else None
    )
    n_clusters_flagged = sum(1 for c in flagged_totals if c)
    violent_share["accounts"] = utopia_share["accounts"] = n_clusters_flagged
    extra_themes = sorted(set(theme_k) - set(themes_order))
    theme_rows = [
        {"theme": th, **share(theme_k[th], n_flagged), "violent": th in violent}
        for th in (*themes_order, *extra_themes)
    ]
    primary_rows = [
        {"theme": th, **share(primary_k[th], n_flagged)}
        for th in (*themes_order, *extra_themes, "none")
        if primary_k[th] or th != "none"
    ]

    calibrated = _calibrated(
        calib, manifest, flagged_models, n_flagged, e_theme, per_author, e_author, boot_resamples
    )
    use_calib = calibrated["available"]

    def rate_rows(
        table: dict[str, list[int]], etable: dict[str, list[float]], keys: list[str], key_name: str
    ) -> list[dict[str, Any]]:
        out = []
        for k in keys:
            items_n, fl, vi, ut = table[k]
            ev, eu = etable[k][:2] if use_calib and k in etable else (None, None)
            out.append({
                key_name: k, "items": items_n, "flagged": fl,
                "flagged_share": (fl / items_n) if items_n else None,
                "violent_share": share(vi, fl), "utopia_share": share(ut, fl),
                "violent_calibrated": (ev / fl) if fl and ev is not None else None,
                "utopia_calibrated": (eu / fl) if fl and eu is not None else None,
            })  # fmt: skip
        return out

    months = sorted(m for m in by_month if m != "unknown") + (["unknown"] if "unknown" in by_month else [])
    top_langs = [lg for lg, _ in sorted(by_lang.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))][:10]

    def finish_examples(top: _TopK) -> list[dict[str, Any]]:
        out = []
        for p in top.items():
            p = dict(p)
            p["evidence"] = evidence_summary(_loads(p.pop("evidence_raw"), []))
            out.append(p)
        return out

    narratives = {
        "theme_threshold": theme_threshold,
        "flagged": n_flagged,
        "themes": theme_rows,
        "primary_themes": primary_rows,
        "violent_themes": list(VIOLENT_THEMES),
        "violent_share": violent_share,
        "utopia_share": utopia_share,
        "brutality_share": share(k_brutality, n_flagged),
        "winter_2015": WINTER_2015,
        "calibrated": calibrated,
        "by_month": rate_rows(by_month, e_month, months, "month"),
        "by_lang": rate_rows(by_lang, e_lang, top_langs, "lang"),
        "examples": {
            th: finish_examples(theme_examples[th]) for th in themes_order if theme_examples[th].heap
        },
    }

    # ---- recruitment -----------------------------------------------------------------------------
    recruitment = {
        "flagged_with_recruitment": n_recruit,
        "recruitment_share": share(n_recruit, n_flagged),
        "with_call": share(n_recruit_with_call, n_recruit),
        "with_audience": share(n_recruit_with_audience, n_recruit),
        "calls": [{"call": c, **share(calls_in_recruit[c], n_recruit)} for c in lex.calls],
        "audiences": [{"audience": a, **share(audiences_in_recruit[a], n_recruit)} for a in lex.audiences],
        "calls_in_all_flagged": [{"call": c, **share(calls_in_flagged[c], n_flagged)} for c in lex.calls],
        "audience_examples": {
            a: finish_examples(audience_examples[a]) for a in lex.audiences if a in audience_examples
        },
        "call_examples": {c: finish_examples(call_examples[c]) for c in lex.calls if c in call_examples},
    }

    # ---- spread ----------------------------------------------------------------------------------
    network = build_network(edges, per_author, pseud, max_nodes=network_nodes, scope_index=scope_index)
    community_of = network.pop("_community_of")
    top_accounts: list[dict[str, Any]] = []
    ranked = sorted(per_author.items(), key=lambda kv: (-kv[1][scope_index], -kv[1][0], kv[0]))
    for name, (items_n, fl, vi, ut) in ranked:
        if len(top_accounts) >= 20 or not (fl if any_scored else items_n):
            break
        if name.startswith(_NO_AUTHOR):
            continue
        top_accounts.append({
            "account": pseud(name), "items": items_n, "flagged": fl, "flagged_share": fl / items_n,
            "violent": vi, "utopia": ut, "reshared_by_others": network["in_weight"].get(name, 0),
            "community": community_of.get(name),
        })  # fmt: skip
    network.pop("in_weight")
    spread = {
        "scope": "flagged items" if any_scored else "all items (none in scope was scored)",
        "hashtags_flagged": _top(hashtags_flagged, 25, "hashtag"),
        "hashtags_all": _top(hashtags_all, 25, "hashtag"),
        "domains_flagged": _top(domains_flagged, 25, "domain"),
        "domains_all": _top(domains_all, 25, "domain"),
        "outlinks_flagged": _top(urls_flagged, 20, "url"),
        "paste_sites": {
            "items": paste_items,
            "flagged": paste_items_flagged,
            "sites": list(PASTE_SITES),
            "top": [r for r in _top(domains_flagged, 200, "domain") if _is_paste(r["domain"])][:15],
        },
        "retweets": {"all": share(rt_all, n_items), "flagged": share(rt_flagged, n_flagged)},
        "identical_content": {
            "groups_multi_author": len(reshared_groups),
            "items_in_groups": sum(g[0] for g in reshared_groups),
            "flagged_items_in_groups": sum(g[2] for g in reshared_groups),
            "top": [
                {"content_sha256": sha, "items": n, "authors": na, "flagged": nf, "text": mask(text[:280])}
                for n, na, nf, sha, text, _ in reshared_groups[:10]
                if nf
            ],
        },
        "network": network,
        "top_accounts": top_accounts,
        "pseudonymised": not reveal_accounts,
        "key_source": key_source,
    }

    # ---- overview, media, method -----------------------------------------------------------------
    quarantine = quarantine_summary(store)
    media = media_section(store, media_use, n_with_media, thumbnails=thumbnails)
    overview = {
        "items": n_items,
        "scored": n_scored,
        "unscored": n_items - n_scored,
        "flagged": n_flagged,
        "flagged_share": share(n_flagged, n_scored),
        "accounts": sum(1 for a in per_author if not a.startswith(_NO_AUTHOR)),
        "sources": _top(sources_c, 20, "source"),
        "n_sources": len(sources_c),
        "time_span": {"first": first_time, "last": last_time},
        "languages": _top(langs_all, 15, "lang"),
        "n_languages": len(langs_all),
        "kinds": _top(kinds_c, 10, "kind"),
        "media_types": media.get("types", []),
        "items_with_media": n_with_media,
        "quarantined": quarantine,
        "score_histogram": {"bins": 20, "counts": score_bins},
    }
    t_end = _time.perf_counter()
    generated_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    method: dict[str, Any] = {
        "vigil_version": __version__,
        "models_in_store": _top(models_c, 10, "model"),
        "detector": detector,
        "theme_threshold": theme_threshold,
        "filters": filters,
        "generated_at": generated_at,
        "lexicon": {
            "calls": {k: len(v) for k, v in lex.calls.items()},
            "audiences": {k: len(v) for k, v in lex.audiences.items()},
        },
        "bootstrap_resamples": bootstrap_resamples,
    }
    return Report(
        generated_at=generated_at,
        filters=filters,
        violent_share=violent_share,
        utopia_share=utopia_share,
        overview=overview,
        narratives=narratives,
        recruitment=recruitment,
        spread=spread,
        media=media,
        method=method,
        timings={"scan_seconds": t_pass - t0, "build_seconds": t_end - t0},
    )


def _calibrated(
    calib: quantify.PriorShift | None,
    manifest: dict[str, Any],
    flagged_models: Counter[str],
    n_flagged: int,
    e_theme: dict[str, float],
    per_author: dict[str, list[int]],
    e_author: dict[str, list[float]],
    resamples: int,
) -> dict[str, Any]:
    """The calibrated corpus shares (:mod:`vigil.classify.quantify`), or why there are none."""
    version = manifest.get("version")
    out: dict[str, Any] = {"available": False, "method": quantify.METHOD, "model": version, "reason": None}
    if not n_flagged:
        out["reason"] = "no flagged items"
        return out
    if calib is None:
        out["reason"] = "the shipped detector's manifest has no theme prior"
        return out
    others = sorted(m or "(none)" for m in flagged_models if m != version)
    if others:
        out["reason"] = f"flagged items were scored by {', '.join(others)}; the theme prior is of {version}"
        return out
    keys = list(per_author)
    totals = [per_author[k][1] for k in keys]

    def interval(col: int, seed: int) -> tuple[float, float] | None:
        sums = [e_author[k][col] if k in e_author else 0.0 for k in keys]
        return cluster_bootstrap(sums, totals, resamples=resamples, seed=seed) if resamples else None

    out["available"] = True
    out["themes"] = {th: v / n_flagged for th, v in e_theme.items() if th != "violent"}
    out["violent"] = {"value": e_theme["violent"] / n_flagged, "cluster_ci": interval(0, 3)}
    out["utopia"] = {"value": e_theme["utopia"] / n_flagged, "cluster_ci": interval(1, 4)}
    out["brutality"] = {"value": e_theme["brutality"] / n_flagged, "cluster_ci": interval(2, 5)}
    return out


_COPY_STRIP = re.compile(r"(?i)^\s*RT\s+@\w+:?|https?://\S*|www\.\S*|[\s…]+|\.\.\.")


def _copy_key(text: str) -> str | None:
    """The key under which copies of a text group: without RT prefix, links, case and spacing.

    So a re-tweet and its original, or one text posted with different short links, are
    copies. Texts under 20 characters once stripped group only when byte-identical.
    """
    core = _COPY_STRIP.sub("", text).lower()
    return core if len(core) >= 20 else None


def _forwarded_from(raw: Any) -> str | None:
    """The account a Telegram message was forwarded from (a re-share), if the export said so."""
    if not raw or "forwarded_from" not in str(raw):
        return None
    value = _loads(raw, {}).get("forwarded_from")
    return value.strip().lower().lstrip("@") if isinstance(value, str) and value.strip() else None


def _plausible_domain(domain: str) -> bool:
    """False for the stubs of URLs cut off by a tweet's length limit (``t``, ``t.c``)."""
    head, _, tld = domain.rpartition(".")
    return bool(head) and len(tld) >= 2


def _is_paste(domain: str) -> bool:
    return domain in PASTE_SITES or domain.endswith(_PASTE_SUFFIXES)


def _top(counter: Counter[str], n: int, key: str) -> list[dict[str, Any]]:
    return [{key: k, "n": v} for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


__all__ = [
    "DEFAULT_THEME_THRESHOLD",
    "PASTE_SITES",
    "WINTER_2015",
    "Report",
    "build_report",
    "evidence_summary",
]
