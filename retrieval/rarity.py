"""Which words of a question are required: by how few reports of the library write them.

The analyzer first reads required-ness from the part of speech (nouns required, verbs soft),
which is right for a user's framing verbs (开展, 组织) but wrong for these reports' vocabulary:
a verb-like head (督察, 宣誓, 创建, 调解) is often the one word that tells reports apart, while
a noun of the genre's own title (法治, 政府, 建设, 行政) stands in nearly every report of a
法治政府建设 library and tells none apart. Among reports of one genre, a word's document
frequency says how much it decides, whatever its tag:

- a concept most reports write (``COMMON`` of the library or more) is kept as a need, with its
  IDF weight, but is no longer *required*: it names no report's distinctive practice, so no
  heading, headline or refusal rests on it;
- a soft concept the library writes in fewer reports than that decides: it becomes required
  when it is as rare as the rarest noun still required (or, with none, rarer than ``COMMON``).

Only a which question is read so: it asks which reports say something, and a word tells
reports apart by how few write it. A compare or fact question names its units; its words pick
a passage inside each unit's report, where the genre's own noun (「法治建设的年度文件」) can be
just what the cell is about, and a verb (由谁牵头, 怎么把关) what the answer gives.

When a required word is written by no report (抢答赛), the answer falls back to the words
reports do write (``answering.near``) and the genre's words are part of that reading: a rare
soft word is still required, but no common word is lightened.

Nothing changes when no concept is rarer than ``COMMON`` (every word of the question is the
genre's own: the POS reading stands), in a library too small to count (fewer than
``MIN_REPORTS`` reports), or for concepts read by their own rules: a quoted term, a side of a relation, a
condition, the clause of examples, a generic verb of doing (``SOFT_VERBS``) and a light actor
keep what those rules gave them. A concept no report writes (df 0) is left to
``retrieval.grounding`` and ``retrieval.unsaid``, which decide what an unspelled word means.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from reportqa.answer import Kind
from retrieval.analysis import Analysis
from retrieval.concept import Concept
from retrieval.vocabulary import SOFT_VERBS

COMMON = 0.6  # share of the library's reports past which a word tells no report apart
MIN_REPORTS = 5  # below this a share says nothing of the genre (a test's three reports)


def _own(c: Concept, quoted: Sequence[str]) -> bool:
    """A concept whose required-ness another rule decided (see the module notes)."""
    return (
        c.term in quoted
        or c.together
        or c.must
        or bool(c.examples_of)
        or c.light
        or "/" in c.term
        or c.term in SOFT_VERBS
    )


def by_rarity(
    analysis: Analysis, report_df: Callable[[Sequence[str], None], int], n_reports: int
) -> Analysis:
    """``analysis`` with its concepts required by rarity in the library (module notes).
    ``report_df(strings, None)``: how many of the library's ``n_reports`` spell one of them."""
    if analysis.kind != Kind.WHICH or n_reports < MIN_REPORTS or len(analysis.concepts) < 2:
        return analysis
    # a required word no report writes: the answer reads what is said (near), genre words too
    unsaid = any(c.required and not report_df(c.alternatives, None) for c in analysis.concepts)
    free = [c for c in analysis.concepts if not _own(c, analysis.quoted)]
    df = {c.term: report_df(c.alternatives, None) for c in free}
    rare = [c for c in free if 0 < df[c.term] < COMMON * n_reports]
    if not rare:
        return analysis
    # a soft word decides as much as the rarest noun kept required, or any rare word when
    # every noun of the question is the genre's own
    kept = [df[c.term] for c in rare if c.required]
    bound = min(kept) if kept else COMMON * n_reports - 0.5
    out = []
    for c in analysis.concepts:
        if c in free and c.required and df[c.term] >= COMMON * n_reports and not unsaid:
            c = replace(c, required=False)
        elif c in free and not c.required and 0 < df[c.term] <= bound:
            c = replace(c, required=True)
        out.append(c)
    if not any(c.required and 0 < df.get(c.term, 0) < COMMON * n_reports for c in out):
        return analysis  # nothing rare decides: the reading by tags stands
    return replace(analysis, concepts=tuple(out))
