"""A deterministic synthetic corpus with verdicts, for the report's benchmark and tests.

The texts are schematic (a few template sentences with the lexicon's cue words, hashtags,
mentions and links), not real propaganda; the verdicts (score, flagged, themes) are drawn
from a seeded generator so the numbers are known and reproducible. Use it to time and test
the report, never to judge a model.
"""

from __future__ import annotations

import random

from vigil.evidence import Phrase
from vigil.items import Item, sha256_text

_THEMES = ("utopia", "belonging", "war", "brutality", "victimhood", "mercy", "recruitment", "threat")
_TEMPLATES = (
    "Life in the city is good, the markets and hospitals are open #{tag} {url}",
    "Brothers stand together as one family #{tag} @{mention}",
    "News from the front today #{tag} {url}",
    "We need doctors and nurses, come and make hijrah #{tag} @{mention}",
    "Sisters, join the caravan #{tag} {url}",
    "Young men, rise up #{tag}",
    "RT @{mention}: the same message again #{tag}",
    "Ordinary chatter about the weather and football",
    "Engineers are needed to build the roads #{tag} {url}",
)
_DOMAINS = (
    "justpaste.it",
    "example.org",
    "archive.org",
    "news.example.com",
    "pastebin.com",
    "video.example.net",
)
_LANGS = ("en", "en", "en", "ar", "fr", "und", "de")


def synthetic_items(
    n: int, *, seed: int = 7, accounts: int = 400, source: str = "synthetic.jsonl"
) -> list[Item]:
    rng = random.Random(seed)
    names = [f"user{i:04d}" for i in range(accounts)]
    items: list[Item] = []
    for i in range(n):
        author = names[min(accounts - 1, int(rng.paretovariate(1.2)) - 1 + rng.randrange(0, accounts // 4))]
        tag = rng.choice(("caliphate", "news", "sham", "ummah", "iraq", "syria"))
        mention = rng.choice(names[:60])
        domain = rng.choice(_DOMAINS)
        url = f"https://{domain}/{rng.randrange(10_000)}"
        template = rng.randrange(len(_TEMPLATES))
        text = _TEMPLATES[template].format(tag=tag, mention=mention, url=url)
        if template != 6:
            text += f" ({rng.randrange(1_000_000)})"  # most texts unique; retweets repeat
        month = 1 + rng.randrange(12)
        time = f"2015-{month:02d}-{1 + rng.randrange(28):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}"
        score = rng.random()
        flagged = score >= 0.6
        themes = {
            t: round(rng.random() * (0.9 if t in ("utopia", "recruitment") else 0.6), 3) for t in _THEMES
        }
        if flagged and template in (3, 4, 5, 8):
            themes["recruitment"] = 0.9
        urls = [url] if "{url}" in _TEMPLATES[template] else []
        mentions = [mention] if "{mention}" in _TEMPLATES[template] else []
        items.append(
            Item(
                uid=sha256_text(f"{seed}:{i}"),
                content_sha256=sha256_text(text),
                kind="text",
                source=source,
                locator=f"line {i + 1}",
                text=text,
                source_id=str(i),
                platform="twitter",
                author=author,
                time=time,
                lang=rng.choice(_LANGS),
                urls=urls,
                domains=[domain] if urls else [],
                hashtags=[tag],
                mentions=mentions,
                score=round(score, 4),
                flagged=flagged,
                themes=themes,
                evidence=[Phrase(text.split()[0], 0.5).to_dict()],
                model="synthetic-0",
            )
        )
    return items


__all__ = ["synthetic_items"]
