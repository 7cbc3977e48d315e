"""The words of a list's items read by the tagger: an example led by its verb (a deed, not a
name), the verb a trimmed first item ended in, a later item's object without its verb, a last
item that is a clause, the noun after 的 or the nouns before a bracket of examples, items that
are each one noun. ``item_lists`` asks these of the words around a list; they read parts of
speech, never the list's shape, so they are a concept of their own and grow with the tagger's
quirks (示范 tagged a verb) apart from the list patterns."""

from __future__ import annotations

import re
from collections.abc import Callable

Tagger = Callable[[str], list[tuple[str, str]]]

# what ends an item on its left or right: punctuation, spaces, brackets and 的
_BOUND = r"\s，。？！；：,.?!;:（）()“”「」‘’的"

_NOUNISH = ("n", "vn", "j", "eng", "b", "a", "l", "nz")  # what names a thing

# a noun naming a thing or a place (阵地 n, 街区 s); never a verb's noun use (管理 vn)
_THINGS = ("n", "s")

_HEAD = 8  # characters of the head before 的 (行政规范性文件)


def _verb_led(item: str, tagged: Tagger) -> bool:
    """An example that starts with its verb (参与重大决策, 演小品): a deed, not a name."""
    words = tagged(item)
    return bool(words) and words[0][1] in ("v", "vd", "vi")


def _verb_ending(cut: str, tagged: Tagger) -> str:
    """The verb ending what ``_trim_first`` cut off the first item (化解 of 在化解), or ""."""
    words = tagged(cut)
    return words[-1][0] if words and words[-1][1] == "v" else ""


def _object_of(item: str, tagged: Tagger) -> str:
    """A later item without its own leading verb. Parallel items are written alike: when the
    first item is a verb and its object and a later one too (「化解矛盾纠纷、处理信访方面」),
    each verb says only that the thing was handled; the objects are the items (矛盾纠纷 or
    信访), and a report handling 信访 in other words (信访法治化, 智慧信访平台) says it."""
    words = tagged(item)
    if len(words) >= 2 and words[0][1] == "v" and len(item) - len(words[0][0]) >= 2:
        return item[len(words[0][0]) :]
    return item


def _clause_in_last(last: str, tagged: Tagger) -> bool:
    """The last item is a clause: a verb, or 了/过 after one, then a noun as its object
    (单位|签|法治责任书, 站所签|过|法治责任书, 合同|要|先过|合法性审核). Items before 的 are
    parallel names of what 的 modifies; a verb with an object of its own in the last item
    says the list was its subject or partner, and the words before 的 are a clause
    (「跟村里、单位签责任书的乡镇」). A verb closing the item (民法典学习, 掌上办) or taking an
    activity (学习宣传) has no object and the item stays one; items sharing their head
    (安全生产清单、应急处置事项清单) are parallel whatever verb stands inside them."""
    words = tagged(last)
    for i, (word, flag) in enumerate(words[1:], 1):
        verb = (flag.startswith("v") and flag != "vn") or word in ("了", "过")
        if verb and len("".join(w for w, _ in words[:i])) >= 2:
            return any(f.startswith("n") and len(w) >= 2 for w, f in words[i + 1 :])
    return False


def _noun_at(text: str, at: int, tagged: Tagger, named: bool = False) -> str:
    """The noun right after ``at`` (after 的), or "". ``named`` (an item quoted): a verb's noun use
    is the asker's class too (这类改革); unquoted it is a deed, a need (防骗这类宣传)."""
    rest = text[at:].removeprefix("的")
    words = tagged(rest[:8])
    nominal = bool(words) and words[0][1].startswith(("n", "vn") if named else "n")
    return words[0][0] if nominal and len(words[0][0]) >= 2 else ""


def _nouns_ending(text: str, at: int, tagged: Tagger) -> str:
    """The thing named right before ``at``: the nouns ending the text before it
    (「哪些镇搞了智慧平台（比如…）」 → 智慧平台, 「把大模型（像…）」 → 大模型); the last
    word may be a verb a noun comes before (法治示范: 示范 is tagged a verb)."""
    clause = re.split(rf"[{_BOUND}]", text[:at])[-1]
    lead = clause[-_HEAD:]
    if len(clause) > _HEAD:  # the window starts on a word's edge (大河乡|银发, not 河乡银发)
        edges, pos = [], 0
        for word, _ in tagged(clause):
            edges.append(pos)
            pos += len(word)
        cut = len(clause) - _HEAD
        lead = clause[min((e for e in edges if e >= cut), default=len(clause)) :]
    kept: list[str] = []
    words = tagged(lead)
    for i, (word, flag) in enumerate(reversed(words)):
        if not flag.startswith(_NOUNISH) and (kept or flag != "v" or i + 1 == len(words)):
            break
        kept.insert(0, word)
    if kept and tagged(kept[0])[0][1] == "v":
        return ""  # a verb alone is no thing named
    return "".join(kept)


def _things(items: list[str], tagged: Tagger) -> bool:
    """Every item is one noun naming a thing or a place (阵地、基地或者街区, 长廊、公园): the
    words before 的 modify each of them, as they would one."""
    for item in items:
        words = tagged(item)
        if len(words) != 1 or not words[0][1].startswith(_THINGS):
            return False
    return True
