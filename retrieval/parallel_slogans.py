"""Twin slogans: 「碳达峰碳中和」 is two parallel words of one lead, printed run together or listed.

Policy writing pairs two words of the same length that open with the same morpheme into one
slogan (碳达峰碳中和, 法治政府法治社会, 控辍保学 is no such pair): the lead says the field and
each half one goal in it. Reports print the pair run together (「推进碳达峰碳中和」) or as a
list (「碳达峰、碳中和」「“碳达峰”“碳中和”」), and a question asking either spelling asks the
same slogan. Two facts follow:

- jieba knows neither half of a new slogan and leaves it as single characters, some of them
  function words (中, 和), so the run of single characters jieba could not group stops at
  them and a stump (碳达峰碳) became the need. A run of single characters that splits into two
  halves of two to four characters opening with the same character is one word: the slogan.
- the slogan is also spelled with its halves separated by whichever mark the writer uses
  (``retrieval.quoted_terms.separated_forms``); a report writing one half alone (碳达峰行动)
  writes no spelling of the pair.

Only a lead shared by both halves makes a pair: two words side by side without it
(扫黑|除恶, 放管|服) are one word of their own, never a list a comma may split.
"""

from __future__ import annotations

from retrieval.quoted_terms import separated_forms

_HALF = (4, 3, 2)  # the length of each half, longest first
# a word asked (no run jieba left as lone characters) is a slogan of halves of three or more:
# four characters of two two-character halves of one lead are an ordinary compound far more
# often (普法普及, 县级县城, 一村一品), and listing its halves would split it
_LISTED_HALF = 3


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def halves(word: str) -> tuple[str, str] | None:
    """The two halves of a twin slogan (碳达峰碳中和 → 碳达峰, 碳中和), None if ``word`` is none:
    an even length of four to eight Chinese characters, both halves opening with the same
    character and differing after it."""
    n = len(word) // 2
    if len(word) % 2 or n not in _HALF or not all(_han(c) for c in word):
        return None
    first, second = word[:n], word[n:]
    if first[0] != second[0] or first == second:
        return None
    return first, second


def slogan_spellings(word: str) -> tuple[str, ...]:
    """A twin slogan's other spellings: its halves listed (碳达峰、碳中和, “碳达峰”“碳中和”,
    碳达峰和碳中和); none for any other word, nor for one of two-character halves
    (``_LISTED_HALF``)."""
    pair = halves(word)
    if pair is None or len(pair[0]) < _LISTED_HALF:
        return ()
    listed = "、".join(pair)
    forms = (listed, *separated_forms(listed), "和".join(pair), "与".join(pair))
    return tuple(f for f in dict.fromkeys(forms) if f != word)


def joined_slogans(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tagged`` with each twin slogan jieba left as single characters made one noun: the
    characters stand side by side in ``text`` (no mark between them) and split into two
    halves of one lead (``halves``). Other single characters are left as they were."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tagged):
        took = 0
        for n in _HALF:
            run = tagged[i : i + 2 * n]
            if len(run) < 2 * n or any(len(w) != 1 for w, _ in run):
                continue
            word = "".join(w for w, _ in run)
            if halves(word) and word in text:
                took = 2 * n
                out.append((word, "n"))
                break
        if took:
            i += took
            continue
        out.append(tagged[i])
        i += 1
    return out
