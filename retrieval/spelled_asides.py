"""Brackets in a question that give another spelling of the name they sit in, never a need.

Three kinds, each known by what the bracket holds and where it stands:

- **An alias aside** (「国家超算深圳中心（就是超级计算深圳中心）」「棚改（也就是棚户区改造）」): a
  bracket right after a name opening with a word that equates (就是, 也就是, 即, 也叫, 又叫,
  又称, 也称, 俗称, 全称, 简称) tells the reader the name is also written another way. Either
  name counts; read as words, the alias's parts became needs of their own (超级, 计算) and the
  reports writing the first name alone fell short. The alias is kept only when it shares a
  character with the name it follows — two names of one thing share their head or stem
  (中心, 棚改 ~ 棚户区改造); an aside that shares none with the words before it (「调解成功率（就是
  要有具体数字的）」) tells of something else — a condition, a time — and one after a particle
  (「依法履职咋样的（就是述法）」) names the term a description stands for: both are left to the
  other readers as they were.
- **A parallel unit inside a name** (「一村（社区）一法律顾问」「一村（居）一辅警」): the 一X一Y
  formula names a practice for each place of a kind (一村一品, 一社区一民警); government writing
  brackets the parallel kind after the first place, and reports spell it three ways — with the
  bracket (一村（社区）一法律顾问) or with either kind alone (一村一法律顾问, 一社区一法律顾问).
  Only the formula is read so (a place noun after 一, a place noun in the bracket, the second 一
  after it); a bracket elsewhere (「哪些乡镇（街道）」) names the levels asked and is left to
  ``retrieval.township_level``. Read as a bracket it split the name (一村 | 村 | 法律顾问), and
  the report writing the other kind's spelling was missed.
- **Heads the asker accepts** (「公共法律服务站点（工作站、中心都行）」「调解室（工作室也算）」): a
  bracket right after a facility's name (its head a place where a service is given: 站, 室, 点,
  中心, 窗口…) listing such heads closed by 都行/也行/都可以/也算/都算/均可 gives other heads of
  the same name — the thing is built under several names (公共法律服务工作站,
  公共法律服务中心), and the asker says each counts. Each head is read with the name's stem
  (公共法律服务 + 中心), never alone: a bare 中心 or 工作站 is any report's. Read as words, the
  heads were dropped or made the stem's head a need of its own (站点), and the reports writing
  another head fell short.

Each is taken out of the question text, and its spellings are added to the concept whose term
spans the place the bracket stood (``with_spellings``); when no concept spans it (the name was
read as several words), no spelling is added and only the aside is gone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from retrieval.concept import Concept

__all__ = ["Spelling", "spelled_asides", "with_spellings"]

_EQUATES = r"也就是说?|就是说?|即|也叫|又叫|又称|也称|亦称|俗称|全称|简称|也就是叫"
_ALIAS = re.compile(
    rf"(?<=[\u4e00-\u9fff”」])[（(](?:{_EQUATES})[:：]?(?P<alias>[\u4e00-\u9fff]{{2,20}})[）)]"
)
# a place noun before the bracket, a place noun in it, the name going on after it
_PLACE = r"村|社区|居|村居|街道|乡镇|镇|乡|街|区|县|市"
_PARALLEL = re.compile(
    rf"(?<=一)(?P<before>{_PLACE})[（(](?P<other>{_PLACE})[）)](?=一[\u4e00-\u9fff])"
)

_FINE = r"都行|也行|都可以|也可以|也算|都算|均可|皆可"
# the last character(s) of a place where a service is given: a facility's head
_FACILITY = r"(?:站|室|点|所|馆|厅|台|中心|窗口|屋|园|基地|阵地|驿站)"
_HEADS = re.compile(
    rf"(?<=[站室点所馆厅台心口屋园地])[（(](?P<heads>[\u4e00-\u9fff]{{0,3}}{_FACILITY}"
    rf"(?:[、/，,或和][\u4e00-\u9fff]{{0,3}}{_FACILITY}){{0,4}})(?:{_FINE})[）)]"
)
_ITEM = re.compile(r"[、/，,或和]")


@dataclass(frozen=True)
class Spelling:
    """A bracket taken out of a question: where it stood in the text left (``at``), and
    either a whole alias of the name ending there or a place noun that may stand in for
    the one just before it (``before`` → ``other``, the bracketed form ``written``)."""

    at: int
    alias: str = ""
    before: str = ""
    other: str = ""
    heads: tuple[str, ...] = ()

    def spellings(self, term: str, start: int) -> tuple[str, ...]:
        """The other spellings of ``term`` (found at ``start`` in the text left)."""
        if self.alias:
            return (self.alias,) if set(self.alias) & set(term) else ()
        cut = self.at - start  # the bracket stood right after ``before`` in the term
        head, tail = term[:cut], term[cut:]
        if not head.endswith(self.before) or not tail:
            return ()
        swapped = head[: -len(self.before)] + self.other + tail
        return (swapped, f"{head}（{self.other}）{tail}")


def spelled_asides(q: str) -> tuple[str, tuple[Spelling, ...]]:
    """``q`` without its alias asides and bracketed parallel places, and what each gave."""
    found: list[Spelling] = []
    out, last = [], 0
    found_marks = [*_ALIAS.finditer(q), *_PARALLEL.finditer(q), *_HEADS.finditer(q)]
    marks = sorted(found_marks, key=lambda m: m.start())
    for m in marks:
        if m.start() < last:
            continue
        at = sum(len(p) for p in out) + (m.start() - last)
        if "alias" in m.groupdict():
            if not _after_name(q, m.start(), m["alias"]):
                continue  # 「（就是要有具体数字的）」「咋样的（就是述法）」: stays as it was
            out.append(q[last : m.start()])
            found.append(Spelling(at, alias=m["alias"]))
        elif "heads" in m.groupdict():
            out.append(q[last : m.start()])
            heads = tuple(h for h in _ITEM.split(m["heads"]) if len(h) >= 2)
            found.append(Spelling(at, heads=heads))
        else:
            out.append(q[last : m.end("before")])
            found.append(Spelling(at + len(m["before"]), before=m["before"], other=m["other"]))
        last = m.end()
    if not found:
        return q, ()
    out.append(q[last:])
    return "".join(out), tuple(found)


_PARTICLE = "的了过吗呢啊吧呀么"


def _after_name(q: str, at: int, alias: str) -> bool:
    """The bracket at ``at`` follows a name ``alias`` renames: the words right before it share
    a character with the alias, and they end in no particle — 「依法履职咋样的（就是述法）」 glosses
    a description with the term, which is then the only place the need is named."""
    before = q[max(0, at - len(alias)) : at]
    return bool(before) and before[-1] not in _PARTICLE and bool(set(alias) & set(before))


def with_spellings(q: str, concepts: Sequence[Concept], found: Sequence[Spelling]) -> list:
    """``concepts`` with each bracket's spellings added to the concept whose term, found in
    ``q`` (the text left), ends at (an alias) or spans (a parallel place) where it stood."""
    out = list(concepts)
    for spelling in found:
        if spelling.heads:
            out = _headed(q, out, spelling)
            continue
        for i, c in enumerate(out):
            start = q.rfind(c.term, 0, spelling.at + (0 if spelling.alias else len(c.term)))
            if start < 0:
                continue
            end = start + len(c.term)
            fits = end == spelling.at if spelling.alias else start < spelling.at < end
            added = spelling.spellings(c.term, start) if fits else ()
            if added:
                alts = (c.alternatives[0], *added, *c.alternatives[1:])
                out[i] = replace(c, alternatives=tuple(dict.fromkeys(alts)))
                break
    return out


def _headed(q: str, concepts: list[Concept], spelling: Spelling) -> list[Concept]:
    """``concepts`` with the name ending where the bracket stood read as one concept whose
    spellings are its stem with each head: the name's own concept, or its stem's concept and
    its head's (公共法律服务 | 站点) made one, with the words between them the analysis left out
    (老年 | 活动 | 站点: 老年活动站点). Unchanged when no required concept ends there."""
    ends = {
        i: q.rfind(c.term, 0, spelling.at)
        for i, c in enumerate(concepts)
        if c.required and q.rfind(c.term, 0, spelling.at) + len(c.term) == spelling.at
    }
    if not ends or not spelling.heads:
        return concepts
    i = max(ends, key=lambda k: len(concepts[k].term))
    head, start = concepts[i], ends[i]
    stem = _stem_before(q, concepts, i, start)
    if stem is not None:
        name = q[q.rfind(concepts[stem].term, 0, start) : spelling.at]
        base = name[: -len(head.term)]
    elif len(head.term) >= 4:
        name, base = head.term, head.term[:-2]
    else:
        return concepts
    alts = tuple(dict.fromkeys((name, *(_joined(base, h) for h in spelling.heads))))
    merged = Concept(name, alts, True)
    return [merged if k == i else c for k, c in enumerate(concepts) if k != stem]


def _joined(stem: str, head: str) -> str:
    """The stem with a head the user wrote with the stem's last characters (便民服务 + 服务站:
    便民服务站, never 便民服务服务站)."""
    for k in range(min(len(stem), len(head) - 1), 0, -1):
        if stem.endswith(head[:k]):
            return stem + head[k:]
    return stem + head


_GAP = re.compile(r"[\u4e00-\u9fff]{0,4}")
_NOT_IN_NAME = re.compile(r"[的了和与或及、]")


def _stem_before(q: str, concepts: list[Concept], head: int, start: int) -> int | None:
    """The required concept opening the name whose head starts at ``start``: the nearest one
    ending before it, with at most four characters of the name between (no 的, 了 or list
    mark: those end a name)."""
    best, best_end = None, -1
    for j, c in enumerate(concepts):
        if j == head or not c.required:
            continue
        at = q.rfind(c.term, 0, start)
        end = at + len(c.term)
        if at < 0 or end > start or end <= best_end:
            continue
        gap = q[end:start]
        if _GAP.fullmatch(gap) and not _NOT_IN_NAME.search(gap):
            best, best_end = j, end
    return best
