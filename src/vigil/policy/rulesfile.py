"""Reading and writing rules files (YAML), with a line number for every problem.

A rules file is YAML read at ``safe_load`` level (plain data: no tags that build
objects, no code). The parser walks the composed node tree rather than the loaded data,
so every problem carries the line it is on, and it reports every problem it finds, not
only the first: ``vigil rules check`` prints them as ``FILE:LINE: problem``. Whatever it
is given, it returns a :class:`~vigil.policy.rules.RuleSet` or raises
:class:`~vigil.errors.RulesError`.

``dump_rules`` writes a rule set's canonical form back as YAML, which parses to the same
rule set; the shipped default rules (:func:`default_rules`) are such a file.
"""

from __future__ import annotations

import math
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from vigil.classify.themes import THEMES
from vigil.errors import RulesError
from vigil.policy import schema
from vigil.policy.conditions import (
    MODEL_THRESHOLD,
    THEME_CUT,
    AllOf,
    AnyOf,
    BankMatchCondition,
    Condition,
    FactCondition,
    Not,
    ScoreCondition,
    ThemeCondition,
)
from vigil.policy.effects import VERDICTS, Effect
from vigil.policy.rules import Rule, RuleSet
from vigil.policy.signals import ITEM_KINDS

#: conditions nested deeper than this are refused (a rules file is read by people)
MAX_DEPTH = 32

_BAD: Any = object()  # a value that already gave a problem


class _Reader:
    """Walks one file's node tree, collecting ``(line, problem)``."""

    def __init__(self) -> None:
        self.problems: list[tuple[int, str]] = []
        self.constructor = yaml.constructor.SafeConstructor()
        self.reason_codes: set[str] | None = None
        self.pending_reasons: list[tuple[Node, str]] = []

    def problem(self, node: Node, message: str) -> None:
        self.problems.append((node.start_mark.line + 1, message))

    def plain_data(self, root: Node) -> None:
        """Every node must be plain data: a tag that would build an object is a problem."""
        known = yaml.constructor.SafeConstructor.yaml_constructors
        stack, seen = [root], set()
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if node.tag not in known:
                self.problem(node, f"cannot read the tag {node.tag!r}: a rules file is plain data")
            if isinstance(node, MappingNode):
                stack.extend(n for pair in node.value for n in pair)
            elif isinstance(node, SequenceNode):
                stack.extend(node.value)

    # -- shapes ---------------------------------------------------------------------------------
    def scalar(self, node: Node, what: str) -> Any:
        if not isinstance(node, ScalarNode):
            self.problem(node, f"{what} must be a single value, not a {_shape(node)}")
            return _BAD
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
            self.problem(node, f"{what}: cannot read {node.value!r} ({exc})")
            return _BAD

    def string(self, node: Node, what: str) -> Any:
        value = self.scalar(node, what)
        if value is _BAD:
            return _BAD
        if not isinstance(value, str) or not value.strip():
            hint = f" (quote it: '{node.value}')" if isinstance(node, ScalarNode) and node.value else ""
            self.problem(node, f"{what} must be a non-empty string, not {_describe(value)}{hint}")
            return _BAD
        return value

    def strings(self, node: Node, what: str) -> Any:
        """One string or a non-empty list of them, as a tuple."""
        if isinstance(node, SequenceNode):
            if not node.value:
                self.problem(node, f"{what} must not be an empty list")
                return _BAD
            values = [self.string(n, what) for n in node.value]
            return _BAD if _BAD in values else tuple(values)
        value = self.string(node, what)
        return _BAD if value is _BAD else (value,)

    def number(self, node: Node, what: str, *, low: float | None = None, high: float | None = None) -> Any:
        value = self.scalar(node, what)
        if value is _BAD:
            return _BAD
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.problem(node, f"{what} must be a number, not {_describe(value)}")
            return _BAD
        if low is not None and value < low:
            self.problem(node, f"{what} must be at least {low}, not {value}")
            return _BAD
        if high is not None and value > high:
            self.problem(node, f"{what} must be at most {high}, not {value}")
            return _BAD
        return value

    def mapping(self, node: Node, what: str, fields: dict[str, str] | None) -> dict[str, tuple[Node, Node]]:
        """The mapping's entries by key (each with its key node); unknown and duplicate
        keys are problems (``fields=None``: any key)."""
        if not isinstance(node, MappingNode):
            self.problem(node, f"{what} must be a mapping, not a {_shape(node)}")
            return {}
        out: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node, f"a key of {what}")
            if key is _BAD:
                continue
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                first = out[key][0].start_mark.line + 1
                self.problem(key_node, f"duplicate key {key!r} in {what} (first at line {first})")
                continue
            if fields is not None and key not in fields:
                self.problem(key_node, f"unknown field {key!r} in {what} (expected {', '.join(fields)})")
                continue
            out[key] = (key_node, value_node)
        return out

    def require(self, entries: dict[str, tuple[Node, Node]], node: Node, what: str, *keys: str) -> bool:
        missing = [k for k in keys if k not in entries]
        for k in missing:
            self.problem(node, f"{what} has no {k!r}")
        return not missing

    # -- the file -------------------------------------------------------------------------------
    def file(self, root: Node, source: str) -> RuleSet | None:
        top = self.mapping(root, "the rules file", schema.FILE_FIELDS)
        if not isinstance(root, MappingNode) or not self.require(
            top, root, "the rules file", *schema.FILE_FIELDS
        ):
            return None
        reasons = self.reasons(top["reasons"][1])
        self.reason_codes = set(reasons)
        default = self.effect(top["default"][1], "default")
        rules_node = top["rules"][1]
        rules: list[Rule] = []
        if not isinstance(rules_node, SequenceNode):
            self.problem(rules_node, f"rules must be a list, not a {_shape(rules_node)}")
        else:
            seen: dict[str, int] = {}
            for n in rules_node.value:
                rule = self.rule(n, seen)
                if rule is not None:
                    rules.append(rule)
        if self.problems or default is None:
            return None
        return RuleSet(tuple(rules), reasons, default, source)

    def reasons(self, node: Node) -> dict[str, str]:
        out = {}
        for code, (key_node, value_node) in self.mapping(node, "reasons", None).items():
            if not code.strip() or any(c.isspace() for c in code):
                self.problem(key_node, f"reason code {code!r} must be one word")
                continue
            text = self.string(value_node, f"the text of reason {code!r}")
            if text is not _BAD:
                out[code] = text
        return out

    def rule(self, node: Node, seen: dict[str, int]) -> Rule | None:
        entries = self.mapping(node, "a rule", schema.RULE_FIELDS)
        if not isinstance(node, MappingNode):
            return None
        rule_id = self.string(entries["id"][1], "a rule's id") if "id" in entries else _BAD
        what = f"rule {rule_id!r}" if rule_id is not _BAD else "a rule"
        if "id" not in entries:
            self.problem(node, "a rule has no 'id'")
        elif rule_id is not _BAD:
            if rule_id in seen:
                self.problem(
                    entries["id"][1], f"duplicate rule id {rule_id!r} (first at line {seen[rule_id]})"
                )
            else:
                seen[rule_id] = entries["id"][1].start_mark.line + 1
        self.require(entries, node, what, "description", "when", "then")
        description = (
            self.string(entries["description"][1], f"the description of {what}")
            if "description" in entries
            else _BAD
        )
        shadow: Any = False
        if "shadow" in entries:
            shadow = self.scalar(entries["shadow"][1], f"shadow of {what}")
            if shadow is not _BAD and not isinstance(shadow, bool):
                self.problem(
                    entries["shadow"][1], f"shadow of {what} must be true or false, not {_describe(shadow)}"
                )
                shadow = _BAD
        when = self.condition(entries["when"][1], what, 0) if "when" in entries else None
        then = self.effect(entries["then"][1], what) if "then" in entries else None
        if _BAD in (rule_id, description, shadow) or when is None or then is None:
            return None
        return Rule(rule_id, description, when, then, shadow, line=node.start_mark.line + 1)

    def effect(self, node: Node, what: str) -> Effect | None:
        entries = self.mapping(node, f"the effect of {what}", schema.EFFECT_FIELDS)
        if not isinstance(node, MappingNode) or not self.require(
            entries, node, f"the effect of {what}", "verdict", "reason"
        ):
            return None
        ok = True
        verdict = self.string(entries["verdict"][1], "verdict")
        if verdict is not _BAD and verdict not in VERDICTS:
            self.problem(
                entries["verdict"][1], f"unknown verdict {verdict!r} (expected {', '.join(VERDICTS)})"
            )
            ok = False
        reason = self.string(entries["reason"][1], "reason")
        if reason is not _BAD and self.reason_codes is not None and reason not in self.reason_codes:
            self.problem(entries["reason"][1], f"unknown reason code {reason!r} (declare it under reasons:)")
            ok = False
        queue: Any = None
        if "queue" in entries:
            queue = self.string(entries["queue"][1], "queue")
            if verdict is not _BAD and verdict != "queue":
                self.problem(entries["queue"][1], f"a queue is only for verdict queue, not {verdict}")
                ok = False
        priority: Any = 0
        if "priority" in entries:
            priority = self.scalar(entries["priority"][1], "priority")
            if priority is not _BAD and (isinstance(priority, bool) or not isinstance(priority, int)):
                self.problem(
                    entries["priority"][1], f"priority must be an integer, not {_describe(priority)}"
                )
                priority = _BAD
        if not ok or _BAD in (verdict, reason, queue, priority):
            return None
        return Effect(verdict, reason, queue, priority)

    # -- conditions -----------------------------------------------------------------------------
    def condition(self, node: Node, what: str, depth: int) -> Condition | None:
        if depth > MAX_DEPTH:
            self.problem(node, f"the condition of {what} is nested more than {MAX_DEPTH} deep")
            return None
        entries = self.mapping(node, f"a condition of {what}", schema.CONDITIONS)
        if isinstance(node, MappingNode) and not node.value:
            self.problem(
                node, f"a condition of {what} is empty (expected one of {', '.join(schema.CONDITIONS)})"
            )
        parts = [self.leaf(name, value_node, what, depth) for name, (_k, value_node) in entries.items()]
        if not parts or None in parts:
            return None
        conditions = [p for p in parts if p is not None]
        return conditions[0] if len(conditions) == 1 else AllOf(tuple(conditions))

    def leaf(self, name: str, node: Node, what: str, depth: int) -> Condition | None:
        if name in ("all", "any"):
            if not isinstance(node, SequenceNode) or not node.value:
                self.problem(node, f"{name} takes a non-empty list of conditions")
                return None
            parts = [self.condition(n, what, depth + 1) for n in node.value]
            if None in parts:
                return None
            conditions = tuple(p for p in parts if p is not None)
            return AllOf(conditions) if name == "all" else AnyOf(conditions)
        if name == "not":
            inner = self.condition(node, what, depth + 1)
            return None if inner is None else Not(inner)
        if name == "bank_match":
            return self.bank_match(node)
        if name == "score":
            return self.score(node)
        if name == "theme":
            return self.theme(node)
        values = self.strings(node, name)
        if values is _BAD:
            return None
        if name == "kind":
            wrong = [v for v in values if v not in ITEM_KINDS]
            if wrong:
                self.problem(node, f"unknown item kind {wrong[0]!r} (expected {', '.join(ITEM_KINDS)})")
                return None
        return FactCondition(name, values)

    def bank_match(self, node: Node) -> Condition | None:
        if isinstance(node, ScalarNode):
            if self.scalar(node, "bank_match") is True:
                return BankMatchCondition()
            self.problem(node, "bank_match takes true (any match) or a mapping of constraints")
            return None
        entries = self.mapping(node, "bank_match", schema.BANK_MATCH_FIELDS)
        if not isinstance(node, MappingNode):
            return None
        banks = self.strings(entries["bank"][1], "bank") if "bank" in entries else ()
        types = self.signal_types(entries["signal_type"][1]) if "signal_type" in entries else ()
        labels: Any = {}
        if "labels" in entries:
            for key, (_k, value_node) in self.mapping(entries["labels"][1], "labels", None).items():
                values = self.label_values(value_node, key)
                if values is _BAD:
                    labels = _BAD
                elif labels is not _BAD:
                    labels[key] = values
        distance: Any = None
        if "max_distance" in entries:
            distance = self.number(entries["max_distance"][1], "max_distance", low=0)
            if distance is not _BAD and float(distance).is_integer():
                distance = int(distance)
        if _BAD in (banks, types, labels, distance):
            return None
        return BankMatchCondition(banks, types, labels, distance)

    def signal_types(self, node: Node) -> Any:
        from vigil.signals import get_signal_type

        names = self.strings(node, "signal_type")
        if names is _BAD:
            return _BAD
        out = []
        for name in names:
            try:
                out.append(get_signal_type(name).name)
            except KeyError as exc:
                self.problem(node, str(exc).strip("\"'"))
                return _BAD
        return tuple(out)

    def label_values(self, node: Node, key: str) -> Any:
        """Label values are strings in banks; ``tier: 1`` means the label ``"1"``."""
        nodes = node.value if isinstance(node, SequenceNode) else [node]
        if not nodes:
            self.problem(node, f"label {key!r} must not be an empty list")
            return _BAD
        out = []
        for n in nodes:
            value = self.scalar(n, f"label {key!r}")
            if value is _BAD:
                return _BAD
            if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
                self.problem(n, f"label {key!r} must be a string or an integer, not {_describe(value)}")
                return _BAD
            out.append(str(value))
        return tuple(out)

    def score(self, node: Node) -> Condition | None:
        entries = self.mapping(node, "score", schema.SCORE_FIELDS)
        if not isinstance(node, MappingNode):
            return None
        if not entries:
            self.problem(node, f"score needs a bound ({', '.join(schema.SCORE_FIELDS)})")
            return None
        bounds: list[tuple[str, float | str]] = []
        for op, (_k, value_node) in entries.items():
            value = self.scalar(value_node, f"score {op}")
            if value is _BAD:
                return None
            if value == MODEL_THRESHOLD:
                bounds.append((op, MODEL_THRESHOLD))
            elif isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                self.problem(
                    value_node,
                    f"bad bound {op}: {value_node.value!r} (a score in [0, 1] or {MODEL_THRESHOLD})",
                )
                return None
            else:
                bounds.append((op, float(value)))
        return ScoreCondition(tuple(bounds))

    def theme(self, node: Node) -> Condition | None:
        entries = self.mapping(node, "theme", schema.THEME_FIELDS)
        if not isinstance(node, MappingNode) or not self.require(entries, node, "theme", "name"):
            return None
        names = self.strings(entries["name"][1], "theme name")
        if names is not _BAD:
            wrong = [n for n in names if n not in THEMES]
            if wrong:
                self.problem(entries["name"][1], f"unknown theme {wrong[0]!r} (expected {', '.join(THEMES)})")
                names = _BAD
        gte: Any = THEME_CUT
        if "gte" in entries:
            gte = self.number(entries["gte"][1], "theme gte", low=0.0, high=1.0)
        if _BAD in (names, gte):
            return None
        return ThemeCondition(names, float(gte))


def _shape(node: Node) -> str:
    return {MappingNode: "mapping", SequenceNode: "list", ScalarNode: "value"}.get(type(node), "node")


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    return f"{type(value).__name__} {value!r}"


def parse_rules(text: str, source: str = "<string>") -> RuleSet:
    """The rule set a rules file's text says; :class:`RulesError` with every problem if malformed."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise RulesError(source, [(line, f"YAML syntax error: {exc.problem or exc.context}")]) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise RulesError(source, [(line, f"character {exc.character!r} is not allowed in YAML")]) from None
    except yaml.YAMLError as exc:
        raise RulesError(source, [(1, f"YAML error: {str(exc).splitlines()[0]}")]) from None
    except RecursionError:
        raise RulesError(source, [(1, "nested too deeply to read")]) from None
    if root is None:
        raise RulesError(source, [(1, "the rules file is empty")])
    reader = _Reader()
    try:
        reader.plain_data(root)
        rules = None if reader.problems else reader.file(root, source)
    except RecursionError:
        raise RulesError(source, [(1, "nested too deeply to read")]) from None
    if rules is None:
        raise RulesError(source, reader.problems or [(1, "not a rules file")])
    return rules


def load_rules(path: str | Path) -> RuleSet:
    """The rule set of a rules file on disk (an unreadable file is a :class:`RulesError` too)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(str(path), [(1, "no such file")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(str(path), [(1, f"cannot read the file: {exc}")]) from None
    return parse_rules(text, str(path))


class _Dumper(yaml.SafeDumper):
    """Writes strings with line breaks or unprintable characters double-quoted, with escapes:
    other styles fold them (a NEL read back is a space)."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(not c.isprintable() or c in "\x85\u2028\u2029" for c in value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_rules(rules: RuleSet) -> str:
    """The canonical form of ``rules`` as a YAML rules file (parses back to an equal rule set)."""
    return yaml.dump(rules.to_data(), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def default_rules_text() -> str:
    """The shipped default rules file (today's behaviour: a bank match or a flag → queue)."""
    return (resources.files("vigil.policy") / "default_rules.yaml").read_text(encoding="utf-8")


def default_rules() -> RuleSet:
    return parse_rules(default_rules_text(), "vigil.policy/default_rules.yaml")


__all__ = ["MAX_DEPTH", "default_rules", "default_rules_text", "dump_rules", "load_rules", "parse_rules"]
