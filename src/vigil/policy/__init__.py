"""Policy: declarative rules that turn one item's signals into a decision.

A platform says what it wants done in a rules file — "flag at 0.7 for French, but only
queue below 0.86; anything matching the TCAP list is removed at once; shadow-test a new
rule for a week" — and vigil does exactly that, explainably and replayably:

- :mod:`~vigil.policy.rulesfile` reads the file (YAML, every problem with its line) into a
  :class:`RuleSet` whose ``version`` is the sha256 of its canonical form;
- :mod:`~vigil.policy.conditions` are the ``when`` of a rule, as data: bank matches, the
  detector's score (a number or ``model_threshold``), themes, language, kind, source,
  platform, and ``all``/``any``/``not``;
- :mod:`~vigil.policy.effects` are the ``then``: verdict, queue, priority, reason code;
- :func:`decide` evaluates every rule on one item's :class:`Signals` and returns a
  :class:`Decision` — the winning effect (remove > queue > allow, then rule order, else
  the file's default), every live and every shadow rule that fired as evidence, the rules
  version — that maps one-to-one onto a ``decisions`` row.

Deciding is separate from acting: effects are data, and sinks carry them out later.
Nothing here touches a database. The shipped :func:`default_rules` reproduce what a scan
has always flagged.
"""

from __future__ import annotations

from vigil.errors import RulesError
from vigil.policy.conditions import Condition
from vigil.policy.decision import Decision
from vigil.policy.effects import VERDICTS, Effect
from vigil.policy.engine import decide
from vigil.policy.rules import Rule, RuleSet
from vigil.policy.rulesfile import default_rules, default_rules_text, dump_rules, load_rules, parse_rules
from vigil.policy.signals import DetectorSignal, Signals

__all__ = [
    "VERDICTS",
    "Condition",
    "Decision",
    "DetectorSignal",
    "Effect",
    "Rule",
    "RuleSet",
    "RulesError",
    "Signals",
    "decide",
    "default_rules",
    "default_rules_text",
    "dump_rules",
    "load_rules",
    "parse_rules",
]
