"""A word that names the kind of a programme, though jieba tags it a verb: 殡葬|改革, 户籍|改革.

Government writing names its programmes as a noun phrase whose head is a nominalised deed
(改革, 管理, 治理, 服务 — jieba's ``vn``) and whose first word says which one: 殡葬改革 is the
reform of funerals, not a reform that buries. jieba tags many such first words as verbs (殡葬,
养老, 托育), and a verb no report of the library spells leaves the need as the asker's framing
(``retrieval.grounding``) — which left 「哪些区提到殡葬改革」 asking about 改革 alone, found in
every report. A word written right before such a head, with no particle between, modifies it:
it is what was asked, so its absence from every report makes the answer 「未提及」. A verb of
doing said of the programme (推进|改革, 深化|改革) is a soft verb, never the kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from retrieval.vocabulary import SOFT_VERBS

__all__ = ["names_kind"]

# the tags jieba gives the kind words it misreads as deeds (殡葬 v)
_VERB_TAGS = ("v", "vi", "vg")


def names_kind(
    question: str,
    term: str,
    terms: Sequence[str],
    tagged: Callable[[str], list[tuple[str, str]]],
) -> bool:
    """Is ``term`` written right before another asked term headed by a nominalised deed?"""
    if len(term) < 2 or term in SOFT_VERBS:
        return False
    own = tagged(term)  # a numeral or measure word before the head counts it (一项|改革)
    if len(own) != 1 or own[0][1] not in _VERB_TAGS:
        return False
    at = question.find(term)
    if at < 0:
        return False
    rest = question[at + len(term) :]
    # a side of 「殡葬改革、公墓建设」 (read as 改革/公墓建设) is a head of its own
    for head in (side for t in terms for side in t.split("/") if side):
        if head != term and rest.startswith(head):
            words = tagged(head)
            return bool(words) and words[-1][1] == "vn"
    return False
