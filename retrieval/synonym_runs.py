"""Words jieba splits that the synonym list names as one, however many: 「新冠肺炎疫情防控」.

A question's words are joined to the term before them when the two make a synonym key
(少数民族 + 语言). A long name splits into three or more words whose first pairs are no key
(新冠 + 肺炎 is none, 新冠肺炎疫情防控 is), so the join stopped at the first pair and the name
was read as three needs (新冠, 肺炎, 疫情防控) that no report writing 疫情防控 meets together.
The key is looked for over the whole run of adjoining words, the longest first.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

LONGEST = 6  # words a synonym key is split into at most


def synonym_run(
    found: Sequence[tuple[int, int, object]],
    words: Sequence[tuple[int, str, str]],
    i: int,
    keys: Container[str],
) -> tuple[int, int, str] | None:
    """(start, end, key) of the longest synonym key that the last term ``found`` (each
    ``(start, end, concept)``) and the ``words`` adjoining it from ``i`` on spell, or None
    (each word ``(at, word, flag)``, adjoining when it starts where the one before ends)."""
    if not found or found[-1][1] != words[i][0]:
        return None
    start, end, last = found[-1]
    run, joined = last.term, None  # type: ignore[attr-defined]
    for at, word, _ in words[i : i + LONGEST]:
        if at != end:
            break
        run, end = run + word, at + len(word)
        if run in keys:
            joined = (start, end, run)
    return joined
