"""Who read a work report to the congress, as the page says it in a line of its own.

A web copy of a government work report often keeps the news caption of the session's photo:
「3月5日，第十二届全国人民代表大会第五次会议在北京人民大会堂开幕。国务院总理李克强作政府工作报告。」
The caption names the person by post and name (总理/省长/市长/区长/县长/…长, 主任 of a 管委会)
right before 作…工作报告 — the same fact 「我代表国务院」 says of the organ. Only that shape counts:
a name quoted in the body (「李克强总理视察深圳时的重要讲话」) is someone else's deed, and a
report whose page has no such line names no speaker (the organ alone answers).

Two more shapes say the same fact. A printed speech bears a byline: under its title and the
session line (「——2025年3月5日在第十四届全国人民代表大会第三次会议上」) a line holding only the
post and the name (「国务院总理　李强」, often parted by a wide space). And the caption may put
the name first (「李强总理代表国务院在十四届全国人大三次会议上作《政府工作报告》」). A post and a
name on a line of their own elsewhere (a list of a leading group's members) is no byline, so
the line must follow a session line or a report title within two lines.
"""

from __future__ import annotations

import re

# post + name (two or three characters) + 作(了)…工作报告: the one who delivered it; a word
# of place or manner after the post (「市长在会上作…」) is no name
_CAPTION = re.compile(
    r"((?:国务院)?(?:代?总理|代?省长|代?市长|代?区长|代?县长|代?州长|代?旗长|代?镇长|代?乡长|主任))"
    r"((?:(?![在向于的代作了将也就])[\u4e00-\u9fff]){2,3}?)(?:代表[\u4e00-\u9fff]{2,20}?)?(?:向大会)?作(?:了)?"
    r"(?:政府|管委会)?工作报告"
)


_POST = (
    r"(?:国务院)?(?:代?总理|代?省长|代?市长|代?区长|代?县长|代?州长|代?旗长|代?镇长|代?乡长|主任)"
)
# the caption with the name first: after a date or a sentence's start, name + post + 代表 the
# organ (+ 在…会议上) + 作 the report, its title maybe in book-title marks; 「常务副区长代表区政府
# 作…报告」 names a deputy's post and no one, so 副/常务/执行 are no name
_NAME_FIRST = re.compile(
    rf"(?:^|(?<=[，,。\s日]))((?:(?!副|常务|执行)[\u4e00-\u9fff]){{2,3}}?)({_POST})代表[\u4e00-\u9fff]{{2,20}}?"
    r"(?:在[^。\n]{0,30}?(?:会议|大会)上)?作(?:了)?《?(?:政府|管委会)?工作报告》?"
)
# a byline: the post and the name alone on a line (a wide space may part them)
_BYLINE = re.compile(rf"^\s*({_POST})\s*([\u4e00-\u9fff]{{2,3}})\s*$", re.M)
# a byline the cleaner joined to the session line above it (「…会议上国务院总理 李强3月5日…」
# 「…会议上市长林秋禾各位代表：」): the name ends where the next line's words start
_JOINED_BYLINE = re.compile(
    rf"(?:会议|大会)上\s*({_POST})\s*([\u4e00-\u9fff]{{2,3}}?)(?=\s*(?:各位|\d|[（(—]|$))", re.M
)
# what a byline sits under: the session line or the report's title
_ABOVE_BYLINE = re.compile(r"(?:会议|大会)上\s*$|工作报告\s*$")


def speaker(text: str) -> tuple[int, int, str, str] | None:
    """(start, end, post, name) of the line naming who delivered the report, or None."""
    if m := _CAPTION.search(text):
        return (m.start(), m.end(), m.group(1), m.group(2))
    if m := _NAME_FIRST.search(text):
        return (m.start(), m.end(), m.group(2), m.group(1))
    if m := _JOINED_BYLINE.search(text):
        return (m.start(1), m.end(2), m.group(1), m.group(2))
    for m in _BYLINE.finditer(text):
        above = text[: m.start()].rstrip("\n").split("\n")[-2:]
        if any(_ABOVE_BYLINE.search(line) for line in above):
            return (m.start(1), m.end(2), m.group(1), m.group(2))
    return None
