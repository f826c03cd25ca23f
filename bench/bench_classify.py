"""Benchmark ``vigil classify``: posts/s on a realistic stream, against two baselines.

The stream (~20,000 posts, 95% benign) is drawn deterministically from the training pack
(``../shared/data``, never copied into the repo): benign posts are general tweets, forum
sentences, news and religious texts; 5% are tweets of pro-ISIS accounts. Measured in the
same run, on the same posts:

- ``cascade (library)``: ``load_detector().score(texts)`` (what the scan pipeline calls);
- ``cascade (CLI)``: ``vigil classify stream.jsonl`` end to end (process start, JSON parse,
  language id, scoring, JSON output);
- ``baseline TF-IDF+LR``: word 1-2-gram TF-IDF + logistic regression (issue 4's baseline),
  transform + predict only;
- ``embed-everything``: USE on every post + a linear head (measured on a 2,000-post slice);
- ``stage 1``: the n-gram stage alone, as the detector scores it (numpy + mmh3) against the
  scikit-learn HashingVectorizer path the trainer uses (the logits must be identical);
- ``tokenizer``: stage 2's SentencePiece ids from the word cache
  (``encoder.WordCachedTokenizer``, warmed on the first half of the texts that reach
  stage 2) against the package's own tokenizer, on the second half (the ids must be
  identical).

Ratios are printed against the TF-IDF baseline and against embed-everything. Nothing here
asserts a time. Run: ``python bench/bench_classify.py [--n 20000]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"

MIX = {
    "general_tweets": 0.60,
    "stormfront_nohate": 0.15,
    "stormfront_hate": 0.02,
    "news": 0.10,
    "religious_quran": 0.04,
    "religious_hadith": 0.04,
    "isis_tweets": 0.05,
}


def _key(row: dict[str, str]) -> str:
    return hashlib.sha256(row["id"].encode()).hexdigest()


def build_stream(n: int) -> list[dict[str, str]]:
    by_group: dict[str, list[dict[str, str]]] = {}
    for name in ("dev.csv", "train.csv"):
        with open(SHARED / name, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                by_group.setdefault(row["group"], []).append(row)
    stream: list[dict[str, str]] = []
    for group, share in MIX.items():
        rows = sorted(by_group.get(group, []), key=_key)
        stream.extend(rows[: round(n * share)])
    return sorted(stream, key=_key)


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--embed-slice", type=int, default=2000)
    args = ap.parse_args()
    if not (SHARED / "train.csv").exists():
        print(f"training pack not found at {SHARED}; nothing to measure", file=sys.stderr)
        return 2

    stream = build_stream(args.n)
    texts = [r["text"] for r in stream]
    benign = sum(r["label"] == "0" for r in stream) / len(stream)
    print(f"stream: {len(texts)} posts, {benign:.1%} benign")

    from vigil.classify import load_detector

    det = load_detector()
    det.score(texts[:50])  # warm up: load the encoder
    t = time.perf_counter()
    verdicts = det.score(texts)
    lib = rate(len(texts), time.perf_counter() - t)
    flagged = sum(v.flagged for v in verdicts)
    cand = sum(bool(v.evidence) for v in verdicts)
    print(f"cascade (library): {lib:8.0f} posts/s  (stage 2 on {cand / len(texts):.1%}; flagged {flagged})")

    # Stage 2's tokenizer: the word cache against the package's tokenizer, on the second
    # half of this stream's stage-2 texts, the cache warmed on the first half (as a long
    # stream warms it). Measured before the baselines fill the heap: the cache allocates,
    # and in a process holding the TF-IDF vocabulary every garbage collection costs more.
    from vigil.classify.encoder import STAGE2_MAX_CHARS, WordCachedTokenizer, _use
    from vigil.classify.text import model_text

    plain = _use()._sp.tokenizer
    s2 = [model_text(x)[:STAGE2_MAX_CHARS] or "." for x, v in zip(texts, verdicts, strict=True) if v.evidence]
    first, second = s2[: len(s2) // 2], s2[len(s2) // 2 :]
    t = time.perf_counter()
    ids_plain = [plain.encode(x, out_type=int, add_bos=True, add_eos=True) for x in second]
    tok_plain = rate(len(second), time.perf_counter() - t)
    cached = WordCachedTokenizer(plain)
    for x in first:
        cached.encode(x)
    t = time.perf_counter()
    ids_cached = [cached.encode(x) for x in second]
    tok_cached = rate(len(second), time.perf_counter() - t)
    same = "identical" if ids_cached == ids_plain else "DIFFERENT"
    print(
        f"tokenizer (word cache): {tok_cached:8.0f} texts/s; package's tokenizer {tok_plain:8.0f} texts/s "
        f"({tok_cached / tok_plain:.2f}x on {len(second)} stage-2 texts; ids {same})"
    )

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "stream.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for r in stream:
                fh.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
        t = time.perf_counter()
        res = subprocess.run(
            [sys.executable, "-m", "vigil", "classify", str(src)], capture_output=True, text=True, cwd=REPO
        )
        cli_s = time.perf_counter() - t
        cli = rate(len(texts), cli_s)
        assert res.returncode == 0, res.stderr
        assert len(res.stdout.splitlines()) == len(texts)
        one = Path(tmp) / "one.jsonl"
        one.write_text(json.dumps({"id": 1, "text": "make hijrah to the Khilafah"}) + "\n", encoding="utf-8")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "vigil", "classify", str(one)], capture_output=True, cwd=REPO)
        start = time.perf_counter() - t
    steady = rate(len(texts), cli_s - start)
    print(f"cascade (CLI):     {cli:8.0f} posts/s  (end to end: process start, language id, JSON)")
    print(f"cascade (CLI, excl. {start:.1f} s start-up): {steady:8.0f} posts/s  (long-stream rate)")

    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    with open(SHARED / "train.csv", encoding="utf-8", newline="") as fh:
        train = list(csv.DictReader(fh))
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    lr = LogisticRegression(max_iter=1000).fit(
        vec.fit_transform([r["text"] for r in train]), [int(r["label"]) for r in train]
    )
    t = time.perf_counter()
    lr.predict_proba(vec.transform(texts))
    base = rate(len(texts), time.perf_counter() - t)
    print(f"baseline TF-IDF+LR:{base:8.0f} posts/s")

    from vigil.classify.encoder import embed

    sl = [model_text(x) for x in texts[: args.embed_slice]]
    head = np.zeros(512, dtype=np.float32)
    t = time.perf_counter()
    _ = embed(sl) @ head
    emb = rate(len(sl), time.perf_counter() - t)
    print(f"embed-everything:  {emb:8.0f} posts/s  (USE on every post; {len(sl)}-post slice)")

    # Stage 1 alone, the way the detector scores it (numpy + mmh3) and the way the trainer
    # computes the same numbers (scikit-learn's HashingVectorizer, scipy's product).
    from vigil.classify.arrays import load_arrays
    from vigil.classify.detector import default_model_dir
    from vigil.classify.ngrams import NgramFeatures, ngram_logits

    arr = load_arrays(default_model_dir() / "model.npz")
    coef, b0 = arr["s1_coef"].astype(np.float32), float(arr["s1_intercept"][0])
    clean = [model_text(x) for x in texts]
    batches = [clean[i : i + 2048] for i in range(0, len(clean), 2048)]
    t = time.perf_counter()
    fast = np.concatenate([ngram_logits(bt, coef, b0) for bt in batches])
    s1_fast = rate(len(clean), time.perf_counter() - t)
    feats = NgramFeatures()
    t = time.perf_counter()
    ref = np.concatenate([np.asarray(feats.transform(bt) @ coef + b0, dtype=np.float64) for bt in batches])
    s1_skl = rate(len(clean), time.perf_counter() - t)
    same = "identical" if np.array_equal(fast, ref) else "DIFFERENT"
    print(
        f"stage 1 (numpy+mmh3): {s1_fast:8.0f} posts/s; via scikit-learn HashingVectorizer "
        f"{s1_skl:8.0f} posts/s ({s1_fast / s1_skl:.2f}x; logits {same})"
    )

    print(
        f"\nratios: library/TF-IDF {lib / base:.2f}x, CLI/TF-IDF {cli / base:.2f}x, "
        f"library/embed-everything {lib / emb:.1f}x, CLI/embed-everything {cli / emb:.1f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
