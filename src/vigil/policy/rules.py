"""A rule set: ordered rules, the reason codes they may give, and the default effect.

A :class:`RuleSet` is what a rules file means, with the file's layout, comments and
spellings gone: ``to_data()`` is its canonical form and ``version`` the sha256 of that
form, so two files that say the same thing have one version, and every decision names
the exact rules it came from.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from vigil.policy.conditions import Condition
from vigil.policy.effects import Effect


@dataclass(frozen=True)
class Rule:
    """``when`` holds → ``then``. A ``shadow`` rule is evaluated and recorded, never acts."""

    id: str
    description: str
    when: Condition
    then: Effect
    shadow: bool = False
    line: int = field(default=0, compare=False)  # where the rule starts in its file

    def to_data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "description": self.description}
        if self.shadow:
            out["shadow"] = True
        out["when"] = self.when.to_data()
        out["then"] = self.then.to_data()
        return out


@dataclass(frozen=True)
class RuleSet:
    """Rules in file order; ``reasons`` maps each reason code to the text a statement of
    reasons shows; ``default`` is the effect when no live rule fires."""

    rules: tuple[Rule, ...]
    reasons: Mapping[str, str]
    default: Effect
    source: str = field(default="<string>", compare=False)

    def to_data(self) -> dict[str, Any]:
        """The canonical form (what ``vigil rules default`` prints, what ``version`` hashes)."""
        return {
            "reasons": dict(self.reasons),
            "default": self.default.to_data(),
            "rules": [r.to_data() for r in self.rules],
        }

    @cached_property
    def version(self) -> str:
        """sha256 of the canonical form: changes when, and only when, the rules' meaning,
        their order or a reason's text changes."""
        canonical = json.dumps(self.to_data(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @property
    def live(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if not r.shadow)

    @property
    def shadow(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.shadow)

    def summary(self) -> str:
        """One line: how many rules (live and shadow) and reason codes, and the version."""
        return (
            f"{len(self.rules)} rules ({len(self.live)} live, {len(self.shadow)} shadow), "
            f"{len(self.reasons)} reasons, default {self.default.verdict}, version {self.version[:12]}"
        )


__all__ = ["Rule", "RuleSet"]
