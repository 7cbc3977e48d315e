"""Numbers as reports print them: 「10 790件」「12,905件」「8 436件」 are one number each.

Long figures are grouped by threes with a space, a thin or no-break space, or a comma
(typesetting and web copies keep them), so a number is read across those separators: reading
「10 790件」 as 790件 would state a count the report never gives, and rank it below 2 300. Only
groups of exactly three digits after a lead of one to three join, so a list 「1, 2, 3」 and a
year beside a count (「2023年 5件」) stay apart. The quote keeps the report's own spelling.
"""

from __future__ import annotations

import re

_SEP = "[,\u2009\u202f\u00a0 ]"
# a grouped figure (10 790, 1,234,567.5) or plain digits, full-width too; one leading digit
# opens both, so a position with no digit fails at once (the pattern runs over whole texts)
DIGITS = (
    rf"[0-9０-９](?:[0-9０-９]{{0,2}}(?:{_SEP}[0-9０-９]{{3}})+(?![0-9０-９])|[0-9０-９]*)"
    r"(?:[.．][0-9０-９]+)?"
)
_LEAD = re.compile(DIGITS)
_GROUPING = re.compile(_SEP)


def value_of(text: str) -> float | None:
    """The number a text starts with, separators read through (「10 790件」 → 10790.0)."""
    m = _LEAD.match(text.strip())
    if not m:
        return None
    plain = _GROUPING.sub("", m.group(0)).translate(_FULL_WIDTH)
    return float(plain)


def as_written(number: str) -> str:
    """A pattern for ``number`` (plain digits, 「10790」) as a report may print it: grouped
    by threes with any separator, or not."""
    whole, dot, frac = number.partition(".")
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    return f"{_SEP}?".join(groups) + (re.escape(dot + frac) if dot else "")


# full-width figures read as the digits they are: older reports and their web copies type
# digits and the decimal point in full width (「85．4亿美元」「31．4％」); a point joins digits
# only between two of them, so a list number 「1．加快…」 stays apart
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")

# a round figure in Chinese numerals: a run opened by a digit word or 十 and holding a place
# word (十 百 千 万 亿), then 余/多 and a measure word — 「两万余人次」「三千余份」「十余场」;
# never a run without a place word (「一是」「两个清单」「八五普法」 name things), nor one
# not counting (「十分重视」「十四五」「千家万户」)
_HAN_FIGURE = re.compile(
    r"(?<![一二两三四五六七八九十百千万亿零〇])"
    r"(?P<run>(?:[一二两三四五六七八九]|十)[一二两三四五六七八九零〇]*"
    r"(?<=[一二两三四五六七八九十])[十百千万亿][一二两三四五六七八九十百千万亿零〇]*"
    r"|十[一二三四五六七八九]?)"
    r"(?=\s*(?:余|多)?\s*(?:[%％个件宗起人名位次场期轮条份家项台套本张座批户所支元篇册块方亩米"
    r"吨辆处栋票天间趟遍回]))"
)


def figures_in_digits(text: str) -> str:
    """``text`` with its round figures in Chinese numerals written in digits: 「覆盖群众两万余
    人次」 → 「覆盖群众2万余人次」, 「开展活动十余场」 → 「开展活动10余场」.

    Reports give exact counts in digits and round ones in words — 「两万余人次」 beside
    「10000余人次」 in two reports of one year — so a comparison that reads digits only ranks
    the 10000 above the 20000 it cannot see. A trailing 万/亿 stays a scale word, as 「2万」 is
    written in digits. Only for reading a count: quotes keep the report's own text."""
    return _HAN_FIGURE.sub(_digits, text)


def _digits(m: re.Match) -> str:
    import cn2an  # on first use: its import is 0.23 s of every start (proces' tables)

    run = m.group("run")
    scale = run[-1] if run[-1] in "万亿" and len(run) > 1 else ""
    head = run[: len(run) - len(scale)]
    try:
        value = cn2an.cn2an(head.replace("○", "〇"), "smart")
    except ValueError:
        return run  # not a well-formed numeral (「十十」): left as written
    return f"{value:g}{scale}"
