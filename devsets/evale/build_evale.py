"""Build ``devsets/evale.csv``: held-out humanitarian and medical appeals, statements of
faith practice and research about terrorism, in the wording recruiters borrow.

120 concepts, each in English, Arabic, French, German, Russian and Turkish (720 texts, all
label 0), written for vigil by three authors who read none of the other devsets or the
training pack:

- ``humanitarian_appeal`` (``rows_appeals.py``): calls for doctors, nurses, midwives and
  engineers to serve in war and disaster zones ("your skills are needed", "come and
  serve", "your brothers and sisters need you"), medical students' placements and blood
  drives, zakat and orphan appeals, a medic killed on duty remembered as a martyr,
  refugee- and detention-camp health, plain emergency appeals;
- ``faith_practice`` (``rows_faith.py``): Ramadan and Eid, prayer and mosque life, hajj,
  the words extremists abuse in their ordinary sense (hijrah, jihad al-nafs, shahada,
  the ummah as one body, the khilafah of Abu Bakr in a history lesson), converts'
  stories, everyday piety;
- ``research_terror`` (``rows_research.py``): journal abstracts on the group's media,
  policy reports, analyses that quote its slogans and titles ("remaining and expanding",
  "come to the land of hijrah", "The Doctors of the Islamic State") as objects of study,
  reviews, calls for papers, methods notes, the history of the caliphate as an idea,
  researchers' posts.

The held-out sets before it had 12–36 texts of each family per set, so "0 flagged" still
allowed an error rate of 10–24%. Never used for training or for picking the threshold.
The ``concept`` column ties an item's six versions together.

Run: ``python devsets/evale/build_evale.py`` (deterministic).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from concept_rows import write_concepts  # noqa: E402
from rows_appeals import ROWS_APPEALS  # noqa: E402
from rows_faith import ROWS_FAITH  # noqa: E402
from rows_research import ROWS_RESEARCH  # noqa: E402


def build(out: Path = HERE.parent / "evale.csv") -> int:
    rows = [*ROWS_APPEALS, *ROWS_FAITH, *ROWS_RESEARCH]
    return write_concepts(out, rows, groups={"humanitarian_appeal", "faith_practice", "research_terror"})


if __name__ == "__main__":
    print(build())
